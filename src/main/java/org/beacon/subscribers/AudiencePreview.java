package org.beacon.subscribers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many recipients an alert would reach right now, per channel, before it is sent: the numbers staff see on
 * the compose page. Eligibility is {@link Eligibility}'s, the same as the fan-out's {@link Audience}.
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
	 * @return for each channel of the criteria, how many subscribers it would reach on it (0 when none); channels
	 *     the criteria leave out are absent
	 */
	@Transactional(readOnly = true)
	public Map<Channel, Long> count(AudienceCriteria criteria) {
		Map<Channel, Long> counts = new EnumMap<>(Channel.class);
		criteria.channels().forEach(channel -> counts.put(channel, 0L));
		if (criteria.channels().isEmpty()) {
			return counts;
		}
		if (!criteria.shapes().isEmpty()) {
			// Shapes are decided place by place in Java: count what the walk itself hands out.
			audience.forEachPage(criteria, WALK_PAGE,
					page -> page.forEach(recipient -> counts.merge(recipient.channel(), 1L, Long::sum)));
			return counts;
		}
		jdbc.sql("""
				SELECT count(%1$s) AS email, count(%2$s) AS sms FROM subscriber s
				WHERE EXISTS (SELECT 1 FROM subscriber_location l WHERE l.subscriber_id = s.id AND %3$s AND %4$s)"""
			.formatted(Eligibility.EMAIL, Eligibility.SMS, Eligibility.CURRENT, Eligibility.IN_AREA))
			.param("on", criteria.on())
			.param("whole", criteria.wholeCountries().toArray(String[]::new))
			.param("regions", criteria.regions().toArray(String[]::new))
			.param("partial", criteria.partialCountries().toArray(String[]::new))
			.query(rs -> {
				counts.computeIfPresent(Channel.EMAIL, (channel, zero) -> longOf(rs, "email"));
				counts.computeIfPresent(Channel.SMS, (channel, zero) -> longOf(rs, "sms"));
			});
		return counts;
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
