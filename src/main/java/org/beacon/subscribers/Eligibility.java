package org.beacon.subscribers;

/**
 * The one definition of who may be reached, as SQL over {@code subscriber s} and {@code subscriber_location l}:
 * the audience walk ({@link Audience}) and its count ({@link AudiencePreview}) both build on these fragments, so
 * a preview never promises recipients the fan-out would skip, or the reverse.
 *
 * <p>A contact point is reachable when the citizen chose its channel, verified it, did not opt out of it, and has
 * not paused alerts. A place is current when its dates cover the parameter {@code :on}.
 */
final class Eligibility {

	/** The email address when it may be reached, else NULL. */
	static final String EMAIL = """
			CASE WHEN s.paused_at IS NULL AND s.email_verified_at IS NOT NULL AND s.email_opted_out_at IS NULL
			      AND 'EMAIL' = ANY(s.channels) THEN s.email END""";

	/** The phone number when it may be reached, else NULL. */
	static final String SMS = """
			CASE WHEN s.paused_at IS NULL AND s.phone_verified_at IS NOT NULL AND s.sms_opted_out_at IS NULL
			      AND 'SMS' = ANY(s.channels) THEN s.phone END""";

	/** The place's dates cover {@code :on}. */
	static final String CURRENT = "l.starts_on <= :on AND (l.ends_on IS NULL OR l.ends_on >= :on)";

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
