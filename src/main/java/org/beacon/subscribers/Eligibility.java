package org.beacon.subscribers;

/**
 * The one definition of who may be reached, as SQL over {@code subscriber s} and {@code subscriber_location l}:
 * the audience walk ({@link Audience}) and its count ({@link AudiencePreview}) both build on these fragments, so
 * a preview never promises recipients the fan-out would skip, or the reverse.
 *
 * <p>A contact point is reachable when the citizen chose its channel, verified it, did not opt out of it, and has
 * not paused alerts. A place is reached when its dates overlap the days {@code :on} (the alert's day) through
 * {@code :until} (the last day an arrival is reached): the citizen is there on the alert's day, or arrives before the
 * arrivals end. A trip starting on {@code :until} is reached, one that ended the day before {@code :on} is not, one
 * without an end date (a resident's place, or an open trip) is reached once it has started or starts by
 * {@code :until}.
 */
final class Eligibility {

	/** The sealed email address when it may be reached, else NULL. */
	static final String EMAIL = """
			CASE WHEN s.paused_at IS NULL AND s.email_verified_at IS NOT NULL AND s.email_opted_out_at IS NULL
			      AND 'EMAIL' = ANY(s.channels) THEN s.email_sealed END""";

	/** The sealed phone number when it may be reached, else NULL. */
	static final String SMS = """
			CASE WHEN s.paused_at IS NULL AND s.phone_verified_at IS NOT NULL AND s.sms_opted_out_at IS NULL
			      AND 'SMS' = ANY(s.channels) THEN s.phone_sealed END""";

	/** The place's dates overlap {@code :on} through {@code :until}. */
	static final String DATES = "l.starts_on <= :until AND (l.ends_on IS NULL OR l.ends_on >= :on)";

	/** Of a place whose {@link #DATES} match, whether the citizen is there on {@code :on} rather than arriving. */
	static final String THERE_NOW = "l.starts_on <= :on";

	/**
	 * The place lies in the area by the country and region rule of {@link AudienceCriteria} (arrays {@code :whole},
	 * {@code :regions}, {@code :partial}).
	 */
	static final String IN_AREA = """
			(l.country = ANY(CAST(:whole AS text[])) OR l.region = ANY(CAST(:regions AS text[]))
			 OR (l.region IS NULL AND l.country = ANY(CAST(:partial AS text[]))))""";

	private Eligibility() {
	}
}
