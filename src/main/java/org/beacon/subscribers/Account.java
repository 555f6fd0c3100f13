package org.beacon.subscribers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in citizen does with their own enrollment. The caller has authenticated the citizen (a sign-in
 * link); the subscriber id comes from that authentication, never from the request.
 */
@Service
public class Account {

	private final Subscribers subscribers;

	private final Enrollment enrollment;

	private final JdbcClient jdbc;

	private final Clock clock;

	Account(Subscribers subscribers, Enrollment enrollment, JdbcClient jdbc, Clock clock) {
		this.subscribers = subscribers;
		this.enrollment = enrollment;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SubscriberView view(UUID id) {
		return subscribers.find(id).orElseThrow(EnrollmentNotFoundException::new);
	}

	/** Replaces places, channels, language and contact points; a changed contact point must be verified again. */
	public SubscriberView change(UUID id, EnrollmentRequest request) {
		return enrollment.replaceAuthenticated(id, request);
	}

	/** Pauses or resumes every alert; nothing else changes. */
	@Transactional
	public void pause(UUID id, boolean paused) {
		jdbc.sql("UPDATE subscriber SET paused_at = CASE WHEN ? THEN COALESCE(paused_at, ?) END WHERE id = ?")
			.params(paused, Timestamp.from(clock.instant()), id)
			.update();
	}

	/** Turns trip briefings (before departure, on arrival) on or off; nothing else changes. */
	@Transactional
	public void briefings(UUID id, boolean on) {
		jdbc.sql("UPDATE subscriber SET briefings = ?, updated_at = ? WHERE id = ?")
			.params(on, Timestamp.from(clock.instant()), id)
			.update();
	}

	/** Deletes the enrollment for good (the row, not a flag). */
	public void delete(UUID id) {
		enrollment.deleteAuthenticated(id);
	}

	/** Everything Beacon holds about the citizen, for "download my data". */
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID id) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("enrollment", view(id));
		jdbc.sql("""
				SELECT email_opted_out_at, email_opt_out_reason, sms_opted_out_at, paused_at, retention_notice_at,
				       retention_kept_on
				FROM subscriber WHERE id = ?""")
			.param(id)
			.query(rs -> {
				data.put("emailOptedOutAt", instant(rs.getTimestamp("email_opted_out_at")));
				data.put("emailOptOutReason", rs.getString("email_opt_out_reason"));
				data.put("smsOptedOutAt", instant(rs.getTimestamp("sms_opted_out_at")));
				data.put("pausedAt", instant(rs.getTimestamp("paused_at")));
				data.put("deletionNoticeSentAt", instant(rs.getTimestamp("retention_notice_at")));
				data.put("keptOn", rs.getObject("retention_kept_on", LocalDate.class));
			});
		return data;
	}

	private static Object instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
