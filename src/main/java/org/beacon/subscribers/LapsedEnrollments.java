package org.beacon.subscribers;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Places past their retention and enrollments left without one ({@link RetentionRule}). Every claim locks the rows it
 * returns and skips those another transaction holds ({@code FOR UPDATE SKIP LOCKED}), so that however many processes
 * run the retention job, each row is acted on once; call them in the transaction that acts on the rows.
 */
@Repository
class LapsedEnrollments {

	/** An enrollment due its notice, and which of its contact points may be sent one. */
	record Due(UUID id, String email, boolean emailReachable, String phone, boolean phoneReachable) {
	}

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	LapsedEnrollments(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Deletes up to {@code limit} places that ended on or before {@code endedBy}; residents' places have no end. */
	int deletePlacesEndedBy(LocalDate endedBy, int limit) {
		return jdbc.sql("""
				DELETE FROM subscriber_location WHERE id IN (
				  SELECT id FROM subscriber_location WHERE ends_on <= ? LIMIT ? FOR UPDATE SKIP LOCKED)""")
			.params(endedBy, limit)
			.update();
	}

	/**
	 * Claims up to {@code limit} enrollments not yet told, whose places all ended on or before {@code endedBy} (none
	 * is a resident's) and that were not kept after it. The candidates come from the few places near their end and
	 * the few kept enrollments, not from every enrollment.
	 */
	List<Due> claimDueNotices(LocalDate endedBy, int limit) {
		return jdbc.sql("""
				WITH candidate AS (
				  SELECT subscriber_id AS id FROM subscriber_location WHERE ends_on <= :endedBy
				  UNION
				  SELECT id FROM subscriber WHERE retention_kept_on <= :endedBy)
				SELECT s.id, s.email_sealed, s.email_verified_at IS NOT NULL AND s.email_opted_out_at IS NULL AS email_reachable,
				       s.phone_sealed, s.phone_verified_at IS NOT NULL AND s.sms_opted_out_at IS NULL AS phone_reachable
				FROM subscriber s JOIN candidate c ON c.id = s.id
				WHERE s.retention_notice_at IS NULL
				  AND (s.retention_kept_on IS NULL OR s.retention_kept_on <= :endedBy)
				  AND NOT EXISTS (SELECT 1 FROM subscriber_location l WHERE l.subscriber_id = s.id
				                  AND (l.ends_on IS NULL OR l.ends_on > :endedBy))
				ORDER BY s.id LIMIT :limit
				FOR UPDATE OF s SKIP LOCKED""")
			.param("endedBy", endedBy)
			.param("limit", limit)
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class),
					cipher.open(rs.getBytes("email_sealed"), SealedColumn.SUBSCRIBER_EMAIL),
					rs.getBoolean("email_reachable"), cipher.open(rs.getBytes("phone_sealed"), SealedColumn.SUBSCRIBER_PHONE),
					rs.getBoolean("phone_reachable")))
			.list();
	}

	void noticed(UUID id, Instant at) {
		jdbc.sql("UPDATE subscriber SET retention_notice_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
	}

	/** Claims up to {@code limit} enrollments without a place, noticed before {@code noticedBefore} and not kept since. */
	List<UUID> claimDueDeletions(Instant noticedBefore, int limit) {
		return jdbc.sql("""
				SELECT s.id FROM subscriber s
				WHERE s.retention_notice_at < ?
				  AND NOT EXISTS (SELECT 1 FROM subscriber_location l WHERE l.subscriber_id = s.id)
				ORDER BY s.retention_notice_at LIMIT ?
				FOR UPDATE OF s SKIP LOCKED""")
			.params(Timestamp.from(noticedBefore), limit)
			.query(UUID.class)
			.list();
	}

	/** The citizen keeps their enrollment: its notice is void, and the day counts as the end of a trip. */
	boolean kept(UUID id, LocalDate on) {
		return jdbc.sql("UPDATE subscriber SET retention_notice_at = NULL, retention_kept_on = ? WHERE id = ?")
			.params(on, id)
			.update() == 1;
	}
}
