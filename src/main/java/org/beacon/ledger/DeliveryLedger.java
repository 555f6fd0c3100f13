package org.beacon.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The workers' side of the delivery ledger. A worker must {@link #claimAll claim} its rows before it calls a provider
 * and acts only on the rows it claimed, so a redelivered or replayed job never reaches a phone or mailbox twice.
 * Workers handle jobs in batches: {@link #claimAll}, {@link #sentAll}, {@link #failedAll} and {@link #releaseAll} each
 * take a whole batch in one short statement in its own transaction, so none is open while a provider is called; a
 * retry is a batch of one.
 */
@Service
public class DeliveryLedger {

	private final Claims claims;

	private final Outcomes outcomes;

	DeliveryLedger(Claims claims, Outcomes outcomes) {
		this.claims = claims;
		this.outcomes = outcomes;
	}

	/**
	 * Moves QUEUED rows to SENDING in one statement and returns where to send each: the destination lives only in the
	 * ledger, so a citizen who left in the meantime is not contacted.
	 *
	 * @param provider the provider the worker will send them through, which the rows record (they are asked about
	 * there if the worker stops before it records the answers)
	 * @return the destination of each row claimed now, by delivery id; rows another attempt already claimed or
	 * finished, cancelled rows and rows whose recipient left are absent
	 */
	public Map<Long, String> claimAll(Collection<Long> deliveryIds, String provider) {
		return claims.claimAll(deliveryIds, provider);
	}

	/** A provider's answer about one delivery: its message id when it took it, else the failure. */
	public record Answer(long deliveryId, String providerId, String code, String detail) {

		public static Answer accepted(long deliveryId, String providerId) {
			return new Answer(deliveryId, providerId, null, null);
		}

		public static Answer refused(long deliveryId, String code, String detail) {
			return new Answer(deliveryId, null, code, detail == null || detail.length() <= 1000 ? detail
					: detail.substring(0, 1000));
		}
	}

	/**
	 * The provider accepted the messages; one statement. A delivery report that already arrived for one of them
	 * (callbacks can overtake the provider's answer to the worker) is applied at once.
	 */
	public void sentAll(List<Answer> accepted) {
		outcomes.sentAll(accepted);
	}

	/** The delivery failed for good: a permanent provider error, or retries exhausted. */
	public void failed(long deliveryId, String code, String detail) {
		failedAll(List.of(Answer.refused(deliveryId, code, detail)));
	}

	/** {@link #failed} for a batch, in one statement. */
	public void failedAll(List<Answer> refused) {
		outcomes.failedAll(refused);
	}

	/** Transient failures: the rows go back to QUEUED, with their errors, for the next retry to claim; one statement. */
	public void releaseAll(List<Answer> failures) {
		outcomes.releaseAll(failures);
	}

	/**
	 * Hands claimed rows back untouched: their provider was not called (its circuit opened after the claim), so the
	 * claim does not count as an attempt.
	 */
	public void unclaimAll(Collection<Long> deliveryIds) {
		claims.unclaimAll(deliveryIds);
	}

	/**
	 * A provider's delivery report.
	 *
	 * @param status one of {@link DeliveryStatus#REPORTED}
	 * @param errorCode the provider's error code as the ledger records it; null when there is none
	 * @throws IllegalArgumentException for a status no delivery report can give
	 */
	public record Report(String providerId, DeliveryStatus status, String errorCode) {

		public Report {
			if (!DeliveryStatus.REPORTED.contains(status)) {
				throw new IllegalArgumentException("A delivery report cannot say " + status);
			}
		}
	}

	/**
	 * Providers' delivery reports, in two statements whatever their number. Reports are applied idempotently and in
	 * any order: the first report of a message is the one that counts (later ones and duplicates change nothing), a
	 * final status is never replaced, and a report for a message not yet recorded as sent waits for it.
	 *
	 * @return how many deliveries took a reported status now
	 */
	public int reportedAll(List<Report> reports) {
		return outcomes.reportedAll(reports);
	}

	/**
	 * A mail that came back to the bounce mailbox about an email the relay took.
	 *
	 * @param providerId the Message-ID of the email, as the ledger recorded it
	 * @param status one of {@link DeliveryStatus#RETURNED}
	 * @param code what came back, as the ledger records it ({@code dsn:5.1.1}, {@code arf:abuse})
	 * @param detail the reporting system's diagnostic, with no contact point in it; null when there is none
	 * @throws IllegalArgumentException for a status no returned mail can give
	 */
	public record Returned(String providerId, DeliveryStatus status, String code, String detail) {

		public Returned {
			if (!DeliveryStatus.RETURNED.contains(status)) {
				throw new IllegalArgumentException("A returned mail cannot say " + status);
			}
			detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
		}
	}

	/**
	 * An email the ledger knows by its Message-ID, as a returned mail found it.
	 *
	 * @param destination the address it went to; null when its recipient has left since
	 * @param changed whether this call changed its status (false when an earlier application of the same mail, or
	 * another one, already had)
	 */
	public record ReturnedTo(String providerId, String destination, boolean changed) {
	}

	/**
	 * Records bounces and complaints, in two statements whatever their number: a SENT or DELIVERED email row takes the
	 * returned status with its code and detail; any other row stays as it is, so applying the same mail twice, or a
	 * complaint after a bounce, changes nothing. One that comes before its email is recorded as sent waits for it, as
	 * delivery reports do.
	 *
	 * @return the email rows these messages name, changed now or not: whom to suppress
	 */
	public List<ReturnedTo> returnedAll(List<Returned> returned) {
		return outcomes.returnedAll(returned);
	}
}
