package org.beacon.checkins;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A check-in as staff follow it.
 *
 * @param id the id of the alert that asked
 * @param open whether answers are still taken: before the deadline and not closed
 * @param closedAt when staff closed it before its deadline; null otherwise
 * @param waves how many times its silent recipients have been asked, the first sending included
 * @param counts every recipient, counted once
 * @param places the recipients per country and region of their places within the check-in's area (a citizen with
 * two such places counts in both)
 * @param byWave per wave sent: whom it asked and how many answered after it
 * @param timeline how many were safe and how many needed help over time
 */
public record CheckInView(UUID id, String title, String postId, List<String> countries, List<String> regions,
		Instant openedAt, Instant deadline, Instant closedAt, boolean open, int waves, Counts counts,
		List<PlaceCounts> places, List<WaveCounts> byWave, Timeline timeline) {

	/** A check-in in a list: what it asked, where, whether it is open, and its overall counts. */
	public record Summary(UUID id, String title, List<String> countries, Instant openedAt, Instant deadline,
			boolean open, Counts counts) {
	}

	/** The recipients of one country, or one region of it (null: enrolled in the country without a region). */
	public record PlaceCounts(String country, String region, Counts counts) {
	}

	/**
	 * One wave: the first sending, then each time the silent were asked again.
	 *
	 * @param wave 1 for the first sending
	 * @param startedAt when its fan-out started; null while it has not
	 * @param asked the recipients it asked (the first wave asks everyone, later ones those who had not answered)
	 * @param answered the recipients whose answer came after this wave: those it was the last wave to ask
	 */
	@Schema(description = "A wave of a check-in: whom it asked and how many answered after it")
	public record WaveCounts(int wave, Instant startedAt, long asked, long answered) {
	}

	/**
	 * Answers over time, in buckets of whole minutes.
	 *
	 * @param bucketSeconds the length of a bucket (60 or more; longer for check-ins that run longer, so that a chart
	 * holds at most 120 buckets)
	 * @param until the end of the span: now while the check-in is open, its end after
	 * @param points only the buckets in which answers came, oldest first
	 */
	@Schema(description = "Safe and need-help counts over time, per bucket in which answers came")
	public record Timeline(long bucketSeconds, Instant until, List<TimelinePoint> points) {

		public Duration bucket() {
			return Duration.ofSeconds(bucketSeconds);
		}
	}

	/**
	 * The counts at the end of one bucket: the recipients whose latest answer by then was safe, or need help.
	 *
	 * @param at the start of the bucket
	 */
	public record TimelinePoint(Instant at, long safe, long needHelp) {
	}
}
