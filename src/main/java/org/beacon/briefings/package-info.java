/**
 * Trip briefings: for each trip a citizen enrolled, once, a short message before departure (the destination's travel
 * advisory level and whether it changed since the trip was enrolled, the alerts in force there, the post's emergency
 * numbers, a link to check their details) and one on the first morning there (the alerts in force there that have not
 * reached them yet).
 * <p>
 * A trip is a place enrolled before its first day began where it is ({@code subscribers}' {@code Trips}); a
 * resident's place, or one enrolled on arriving, is not. Moments are the place's local time ({@code geography}'s zone
 * of its country or region): the pre-departure briefing falls due {@code beacon.briefings.before-departure} before
 * the first day starts, the arrival briefing at {@code beacon.briefings.arrival-time} on it. A trip enrolled after a
 * briefing's moment, a citizen who paused alerts or turned briefings off, gets none; a trip whose first day has ended
 * gets no arrival briefing any more, nor one whose first day started a pre-departure one.
 * <p>
 * It owns the table {@code briefing}: one row per trip and kind, written in the transaction that publishes
 * {@link org.beacon.briefings.BriefingDue} (externalized to {@code beacon.briefings}), so each briefing is decided
 * once across replicas and restarts. It sends nothing itself: the fan-out writes the ledger rows and queues the jobs,
 * on the routine lane, under the same rate limits as alerts. It reads advisories, alerts in force, the ledger (which
 * alerts a citizen has had) and posts through their modules' APIs.
 */
package org.beacon.briefings;
