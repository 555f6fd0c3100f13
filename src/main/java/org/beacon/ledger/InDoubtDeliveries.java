package org.beacon.ledger;

import static org.beacon.ledger.DeliveryStatus.FAILED;
import static org.beacon.ledger.DeliveryStatus.QUEUED;
import static org.beacon.ledger.DeliveryStatus.SENDING;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.subscribers.Channel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliveries in doubt: SENDING well past the time any provider call takes, because their worker stopped (a SIGKILL,
 * the OOM killer, a lost node) between its claim and recording the provider's answer. Whoever settles them first
 * {@link #hold holds} them, for a while, in one statement, so processes that settle at the same time never take the
 * same row; then records each as {@link #found found} at the provider, or {@link #sendAgain sends it again}. A row
 * left held (its provider could not be asked) is held again by the next round once the hold is over, until
 * {@code LedgerSweeper}'s lease makes it {@code outcome-unknown}.
 */
@Service
public class InDoubtDeliveries {

	/** This process as the holder of in-doubt rows, in {@code claimed_by}. */
	static final String RECONCILER = "reconciler@" + Claims.WORKER;

	/** Oldest claim first; the partial index {@code delivery_sending_by_claimed_at} finds them. */
	private static final String HOLD = """
			WITH doubt AS (
			  SELECT id FROM delivery
			  WHERE status = '%s' AND claimed_at < now() - make_interval(secs => ?)
			    AND (reconcile_until IS NULL OR reconcile_until < now())
			  ORDER BY claimed_at LIMIT ? FOR UPDATE SKIP LOCKED)
			UPDATE delivery d SET reconcile_until = now() + make_interval(secs => ?), claimed_by = ?
			FROM doubt WHERE d.id = doubt.id
			RETURNING d.id, d.alert_id, d.subscriber_id, d.channel, d.destination_sealed, d.provider, d.provider_id,
			          d.claimed_at""".formatted(SENDING);

	/**
	 * Back to QUEUED (CANCELLED when the alert was cancelled meanwhile), but only rows this process holds and whose
	 * alert's record is kept, from which their jobs are built again; a row whose recipient left fails instead.
	 */
	private static final String SEND_AGAIN = """
			UPDATE delivery d
			SET status = CASE WHEN d.destination_sealed IS NULL THEN '%1$s' ELSE %2$s END,
			    completed_at = CASE WHEN d.destination_sealed IS NULL THEN now() ELSE %3$s END,
			    error_code = CASE WHEN d.destination_sealed IS NULL THEN 'recipient-left' ELSE d.error_code END,
			    claimed_at = NULL, claimed_by = NULL, reconcile_until = NULL
			WHERE d.id = ANY(?) AND d.status = '%4$s' AND d.claimed_by = ?
			  AND EXISTS (SELECT 1 FROM fanout_run f WHERE f.alert_id = d.alert_id AND f.alert_record IS NOT NULL)
			RETURNING d.id, d.alert_id, d.subscriber_id, d.channel, d.status""".formatted(FAILED, Claims.REQUEUED,
			Claims.REQUEUED_AT, SENDING);

	private final JdbcClient jdbc;

	private final Outcomes outcomes;

	private final ApplicationEventPublisher events;

	private final ContactPointCipher cipher;

	InDoubtDeliveries(JdbcClient jdbc, Outcomes outcomes, ApplicationEventPublisher events, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.outcomes = outcomes;
		this.events = events;
	}

	/**
	 * A delivery in doubt.
	 *
	 * @param provider the provider that claimed it ({@code twilio}, {@code sns}, {@code smtp}, ...); null when it was
	 * claimed before the ledger recorded providers
	 * @param providerId the provider's id, when its answer was recorded but not the row's status; usually null
	 * @param claimedAt when its worker claimed it, on the database's clock: the provider took it after, if at all
	 */
	public record InDoubt(long deliveryId, UUID alertId, UUID subscriberId, Channel channel, String destination,
			String provider, String providerId, Instant claimedAt) {
	}

	/**
	 * Holds up to {@code limit} rows claimed longer than {@code inDoubtAfter} ago and still SENDING, that no one
	 * holds, for {@code holdFor}; one statement. Rows held elsewhere, or being written by their worker, are skipped.
	 */
	public List<InDoubt> hold(Duration inDoubtAfter, Duration holdFor, int limit) {
		// Durations on the database's clock, like claimed_at.
		return jdbc.sql(HOLD).params(inDoubtAfter.toMillis() / 1000.0, limit, holdFor.toMillis() / 1000.0, RECONCILER)
			.query(this::inDoubt)
			.list();
	}

	/**
	 * The provider took these messages: SENT with its ids, as if its worker had recorded them, a delivery report
	 * that already came included ({@link DeliveryLedger#sentAll}).
	 */
	public void found(List<Answer> taken) {
		outcomes.sentAll(taken);
	}

	/**
	 * The provider never took these: QUEUED again, with a {@link DeliveriesRequeued} per alert for their jobs to be
	 * queued again, in one transaction. Rows not held by this process any more, or whose alert's record was not
	 * kept, stay in doubt.
	 *
	 * @return how many went back to QUEUED
	 */
	@Transactional
	public int sendAgain(List<InDoubt> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		Map<UUID, List<DeliveriesRequeued.Row>> byAlert = new LinkedHashMap<>();
		jdbc.sql(SEND_AGAIN).params(rows.stream().map(InDoubt::deliveryId).toArray(Long[]::new), RECONCILER)
			.query(rs -> {
				if (QUEUED.name().equals(rs.getString("status"))) {
					byAlert.computeIfAbsent(rs.getObject("alert_id", UUID.class), alert -> new ArrayList<>())
						.add(new DeliveriesRequeued.Row(rs.getLong("id"), rs.getObject("subscriber_id", UUID.class),
								Channel.valueOf(rs.getString("channel"))));
				}
			});
		byAlert.forEach((alert, requeued) -> events.publishEvent(new DeliveriesRequeued(alert, requeued)));
		return byAlert.values().stream().mapToInt(List::size).sum();
	}

	private InDoubt inDoubt(ResultSet rs, int n) throws SQLException {
		return new InDoubt(rs.getLong("id"), rs.getObject("alert_id", UUID.class),
				rs.getObject("subscriber_id", UUID.class), Channel.valueOf(rs.getString("channel")),
				cipher.open(rs.getBytes("destination_sealed"), SealedColumn.DELIVERY_DESTINATION),
				rs.getString("provider"), rs.getString("provider_id"),
				rs.getTimestamp("claimed_at").toInstant());
	}
}
