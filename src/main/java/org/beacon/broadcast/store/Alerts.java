package org.beacon.broadcast.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.ApprovalReason;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.Reach;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.Submission;
import org.beacon.broadcast.Wording;
import org.beacon.broadcast.advisory.AdvisoryOrigin;
import org.beacon.subscribers.Channel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@Repository
public class Alerts {

	public static final RowMapper<Alert> ROW = (rs, n) -> new Alert(rs.getObject("id", UUID.class),
			AlertType.valueOf(rs.getString("type")), Severity.valueOf(rs.getString("severity")), rs.getString("title"),
			rs.getString("body"), rs.getString("sms_text"), spanish(rs), strings(rs.getArray("countries")),
			strings(rs.getArray("regions")), shapes(rs.getString("shapes")), channels(rs.getArray("channels")),
			rs.getString("post_id"),
			rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
			AlertStatus.valueOf(rs.getString("status")), advisory(rs), approval(rs), instant(rs.getTimestamp("answer_by")),
			new Lifetime(rs.getTimestamp("effective").toInstant(), instant(rs.getTimestamp("expires")),
					instant(rs.getTimestamp("arrivals_until"))),
			reach(rs));

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the alert; false when an alert for the same advisory change already exists. */
	public boolean insert(Alert alert) {
		return insert(alert, null);
	}

	/**
	 * Stores the alert with the submission that asked for it; false when an alert for the same advisory change, or
	 * of the same author and submission key, already exists (a concurrent request with the key waits here until the
	 * first commits).
	 *
	 * @param submission null when the author gave no key
	 */
	public boolean insert(Alert alert, Submission submission) {
		Wording es = alert.spanish();
		AdvisoryOrigin advisory = alert.advisory();
		return jdbc.sql("""
				INSERT INTO alert (id, type, severity, title, body, sms_text, title_es, body_es, sms_text_es,
				                   countries, regions, channels, post_id, issued_by, issued_at, status, origin,
				                   advisory_country, advisory_previous_level, advisory_level, advisory_change,
				                   review_reason, shapes, advisory_posture, idempotency_key, request_digest, answer_by,
				                   effective, expires, arrivals_until, audience_now, audience_arriving)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), ?, ?, ?, ?,
				        ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(alert.id(), alert.type().name(), alert.severity().name(), alert.title(), alert.body(),
					alert.smsText(), es == null ? null : es.title(), es == null ? null : es.body(),
					es == null ? null : es.smsText(), alert.countries().toArray(String[]::new),
					alert.regions().toArray(String[]::new),
					alert.channels().stream().map(Enum::name).toArray(String[]::new), alert.postId(),
					alert.issuedBy(), Timestamp.from(alert.issuedAt()), alert.status().name(), alert.origin(),
					advisory == null ? null : advisory.country(), advisory == null ? null : advisory.previousLevel(),
					advisory == null ? null : advisory.level(), advisory == null ? null : advisory.change(),
					advisory == null ? null : advisory.reviewReason(), write(alert.shapes()),
					advisory == null ? null : advisory.posture(), submission == null ? null : submission.key(),
					submission == null ? null : submission.digest(),
					timestamp(alert.answerBy()), timestamp(alert.lifetime().effective()),
					timestamp(alert.lifetime().expires()), timestamp(alert.lifetime().arrivalsUntil()),
					alert.reach() == null ? null : alert.reach().thereNow(),
					alert.reach() == null ? null : alert.reach().arriving())
			.update() == 1;
	}

	/** The alert an author created with a submission key, and the digest of the request that created it. */
	public Optional<Submitted> submitted(String issuedBy, String key) {
		return jdbc.sql("SELECT id, request_digest FROM alert WHERE issued_by = ? AND idempotency_key = ?")
			.params(issuedBy, key)
			.query((rs, n) -> new Submitted(rs.getObject("id", UUID.class), rs.getString("request_digest")))
			.optional();
	}

	public record Submitted(UUID id, String digest) {
	}

	public Optional<Alert> find(UUID id) {
		return jdbc.sql("SELECT * FROM alert WHERE id = ?").param(id).query(ROW).optional();
	}

	/** Where the alert stands now; empty when there is no such alert. */
	public Optional<AlertStatus> status(UUID id) {
		return jdbc.sql("SELECT status FROM alert WHERE id = ?").param(id)
			.query((rs, n) -> AlertStatus.valueOf(rs.getString("status")))
			.optional();
	}

	/** Alerts of the country held for review, oldest first. */
	public List<Alert> heldFor(String country) {
		return jdbc.sql("SELECT * FROM alert WHERE advisory_country = ? AND status = 'PENDING_REVIEW' ORDER BY issued_at "
				+ "FOR UPDATE")
			.param(country)
			.query(ROW)
			.list();
	}

	/** Moves an alert from one status to another; false when it was no longer in {@code from}. */
	public boolean review(UUID id, AlertStatus from, AlertStatus to, String by, Instant at) {
		return jdbc.sql("""
				UPDATE alert SET status = ?, reviewed_by = ?, reviewed_at = ?,
				       issued_at = CASE WHEN ? = 'ISSUED' THEN ? ELSE issued_at END
				WHERE id = ? AND status = ?""")
			.params(to.name(), by, Timestamp.from(at), to.name(), Timestamp.from(at), id, from.name())
			.update() == 1;
	}

	/** Alerts held for review, oldest first: the review queue. */
	public List<Alert> heldForReview(int limit) {
		return jdbc.sql("SELECT * FROM alert WHERE status = 'PENDING_REVIEW' ORDER BY issued_at LIMIT ?").param(limit)
			.query(ROW)
			.list();
	}

	/** The most recently issued alerts, newest first. */
	public List<Alert> recentIssued(int limit) {
		return jdbc.sql("SELECT * FROM alert WHERE status = 'ISSUED' ORDER BY issued_at DESC LIMIT ?").param(limit)
			.query(ROW)
			.list();
	}

	/**
	 * Ends the lifetime of the travel advisory alerts of a country still in force at {@code at}, but {@code except}:
	 * an advisory alert (and a travel advisory staff wrote for the country) lasts until the country's next level
	 * change.
	 */
	public int endAdvisoryAlerts(String country, UUID except, Instant at) {
		return jdbc.sql("""
				UPDATE alert SET expires = GREATEST(?, effective)
				WHERE type = 'TRAVEL_ADVISORY' AND (advisory_country = ? OR (advisory_country IS NULL AND ? = ANY(countries)))
				  AND id <> ? AND status = 'ISSUED' AND (expires IS NULL OR expires > ?)""")
			.params(Timestamp.from(at), country, country, except, Timestamp.from(at))
			.update();
	}

	/** Sets a held alert's lifetime, counted again when it is approved. */
	public void relife(UUID id, Lifetime lifetime) {
		jdbc.sql("UPDATE alert SET effective = ?, expires = ?, arrivals_until = ? WHERE id = ?")
			.params(Timestamp.from(lifetime.effective()), timestamp(lifetime.expires()),
					timestamp(lifetime.arrivalsUntil()), id)
			.update();
	}

	/**
	 * Ends an alert's lifetime at {@code at}, unless it ends sooner already: an update superseded it. One not yet in
	 * effect then expires when it takes effect, so it is never in force. False when it had ended already.
	 */
	public boolean end(UUID id, Instant at) {
		return jdbc.sql("""
				UPDATE alert SET expires = GREATEST(?, effective) WHERE id = ? AND status = 'ISSUED'
				  AND (expires IS NULL OR expires > ?)""")
			.params(Timestamp.from(at), id, Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * The alerts in force at {@code at} or announced to be (issued, not expired, not ended before they took effect),
	 * and the alerts cancelled since {@code cancelledSince}, newest (issue or cancellation) first: what a feed of
	 * current alerts lists.
	 */
	public List<Alert> inForceOrCancelled(Instant at, Instant cancelledSince, int limit) {
		return jdbc.sql("""
				SELECT * FROM alert
				WHERE (status = 'ISSUED' AND (expires IS NULL OR (expires > :at AND expires > effective)))
				   OR (status = 'CANCELLED' AND cancelled_at >= :since)
				ORDER BY COALESCE(cancelled_at, issued_at) DESC LIMIT :limit""")
			.param("at", Timestamp.from(at))
			.param("since", Timestamp.from(cancelledSince))
			.param("limit", limit)
			.query(ROW)
			.list();
	}

	/**
	 * The alerts in force at {@code at}, or announced to be (issued, not expired, not ended before they took effect),
	 * of one country or of all (null), newest first.
	 */
	public List<Alert> inForce(Instant at, String country, int limit) {
		return jdbc.sql("""
				SELECT * FROM alert
				WHERE status = 'ISSUED' AND (expires IS NULL OR (expires > :at AND expires > effective))
				  AND (CAST(:country AS text) IS NULL OR :country = ANY(countries))
				ORDER BY issued_at DESC LIMIT :limit""")
			.param("at", Timestamp.from(at))
			.param("country", country)
			.param("limit", limit)
			.query(ROW)
			.list();
	}

	/** The most recent alerts touching any of the countries (every country when null), newest first. */
	public List<Alert> recent(Set<String> countries, int limit) {
		if (countries == null) {
			return jdbc.sql("SELECT * FROM alert ORDER BY issued_at DESC LIMIT ?").param(limit).query(ROW).list();
		}
		return jdbc.sql("SELECT * FROM alert WHERE countries && CAST(? AS text[]) ORDER BY issued_at DESC LIMIT ?")
			.params(countries.toArray(String[]::new), limit)
			.query(ROW)
			.list();
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private static String write(AlertShapes shapes) {
		try {
			return JSON.writeValueAsString(shapes);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AlertShapes shapes(String json) {
		try {
			return JSON.readValue(json, AlertShapes.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable alert shapes " + json, ex);
		}
	}

	private static Wording spanish(ResultSet rs) throws SQLException {
		String title = rs.getString("title_es");
		return title == null ? null : new Wording(title, rs.getString("body_es"), rs.getString("sms_text_es"));
	}

	private static AdvisoryOrigin advisory(ResultSet rs) throws SQLException {
		String country = rs.getString("advisory_country");
		return country == null ? null : new AdvisoryOrigin(country, rs.getInt("advisory_previous_level"),
				rs.getInt("advisory_level"), rs.getString("advisory_posture"), rs.getString("advisory_change"),
				rs.getString("review_reason"));
	}

	/** The two-person rule's columns: a reason once it held the alert, a decision once an approver made it. */
	private static AlertView.Approval approval(ResultSet rs) throws SQLException {
		String reason = rs.getString("approval_reason");
		Timestamp decidedAt = rs.getTimestamp("reviewed_at");
		return reason == null ? null : new AlertView.Approval(ApprovalReason.valueOf(reason),
				rs.getString("reviewed_by"), decidedAt == null ? null : decidedAt.toInstant(),
				rs.getString("rejection_reason"));
	}

	private static Reach reach(ResultSet rs) throws SQLException {
		long now = rs.getLong("audience_now");
		return rs.wasNull() ? null : new Reach(now, rs.getLong("audience_arriving"));
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
	}

	private static Set<Channel> channels(Array array) throws SQLException {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		strings(array).forEach(channel -> channels.add(Channel.valueOf(channel)));
		return channels;
	}
}
