package org.beacon.subscribers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many recipients an alert would reach right now, per channel, before it is sent, and how many of them are
 * arriving rather than there: the numbers staff see on the compose page. Eligibility is {@link Eligibility}'s, the same as the fan-out's {@link Audience}.
 */
@Service
public class AudiencePreview {

	/** Page size when an area with shapes is counted by walking the audience. */
	private static final int WALK_PAGE = 1000;

	private final JdbcClient jdbc;

	private final Audience audience;

	AudiencePreview(JdbcClient jdbc, Audience audience) {
		this.jdbc = jdbc;
		this.audience = audience;
	}

	/**
	 * @return for each channel of the criteria, how many subscribers it would reach on it (0 when none), and how many
	 *     of them are arriving; channels the criteria leave out are absent
	 */
	@Transactional(readOnly = true)
	public AudienceCount count(AudienceCriteria criteria) {
		Map<Channel, Long> counts = new EnumMap<>(Channel.class);
		Map<Channel, Long> arriving = new EnumMap<>(Channel.class);
		criteria.channels().forEach(channel -> {
			counts.put(channel, 0L);
			arriving.put(channel, 0L);
		});
		if (criteria.channels().isEmpty()) {
			return new AudienceCount(counts, arriving);
		}
		if (!criteria.shapes().isEmpty()) {
			// Shapes are decided place by place in Java: count what the walk itself hands out.
			audience.forEachPageWithArrivals(criteria, WALK_PAGE, (page, arrivals) -> page.forEach(recipient -> {
				counts.merge(recipient.channel(), 1L, Long::sum);
				if (arrivals.contains(recipient.subscriberId())) {
					arriving.merge(recipient.channel(), 1L, Long::sum);
				}
			}));
			return new AudienceCount(counts, arriving);
		}
		// A citizen with a place there on the day and another arriving is there now: arriving only when no reached
		// place of theirs covers the day.
		jdbc.sql("""
				SELECT count(%1$s) AS email, count(%2$s) AS sms,
				       count(%1$s) FILTER (WHERE NOT a.there_now) AS email_arriving,
				       count(%2$s) FILTER (WHERE NOT a.there_now) AS sms_arriving
				FROM subscriber s JOIN (
				  SELECT l.subscriber_id, bool_or(%3$s) AS there_now FROM subscriber_location l
				  WHERE %4$s AND %5$s GROUP BY l.subscriber_id) a ON a.subscriber_id = s.id"""
			.formatted(Eligibility.EMAIL, Eligibility.SMS, Eligibility.THERE_NOW, Eligibility.DATES,
					Eligibility.IN_AREA))
			.param("on", criteria.on())
			.param("until", criteria.until())
			.param("whole", criteria.wholeCountries().toArray(String[]::new))
			.param("regions", criteria.regions().toArray(String[]::new))
			.param("partial", criteria.partialCountries().toArray(String[]::new))
			.query(rs -> {
				counts.computeIfPresent(Channel.EMAIL, (channel, zero) -> longOf(rs, "email"));
				counts.computeIfPresent(Channel.SMS, (channel, zero) -> longOf(rs, "sms"));
				arriving.computeIfPresent(Channel.EMAIL, (channel, zero) -> longOf(rs, "email_arriving"));
				arriving.computeIfPresent(Channel.SMS, (channel, zero) -> longOf(rs, "sms_arriving"));
			});
		return new AudienceCount(counts, arriving);
	}

	private static long longOf(ResultSet rs, String column) {
		try {
			return rs.getLong(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
