package org.beacon.delivery.sms.twilio;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.beacon.ledger.DeliveryStatus;

/**
 * A final delivery report from one of Twilio's status callbacks, in the ledger's terms. Twilio reports every step
 * ({@code queued}, {@code sent}, ...); only the final ones change the ledger.
 *
 * @param messageSid the SID Twilio gave the message when it took it
 * @param ledgerStatus the ledger's status for Twilio's {@code MessageStatus}
 * @param errorCode Twilio's {@code ErrorCode} as the ledger records it ({@code twilio:30003}); null when there is none
 */
record TwilioDeliveryReport(String messageSid, DeliveryStatus ledgerStatus, String errorCode) {

	/** Twilio's final {@code MessageStatus} values and the ledger's status for each. */
	static final Map<String, DeliveryStatus> FINAL_STATUSES = Map.of("delivered", DeliveryStatus.DELIVERED,
			"undelivered", DeliveryStatus.UNDELIVERED, "failed", DeliveryStatus.FAILED);

	/**
	 * Twilio's final {@code CallStatus} values and the ledger's status for each: a call that was answered was
	 * delivered; one nobody took was not; one Twilio could not place failed.
	 */
	static final Map<String, DeliveryStatus> FINAL_CALL_STATUSES = Map.of("completed", DeliveryStatus.DELIVERED,
			"busy", DeliveryStatus.UNDELIVERED, "no-answer", DeliveryStatus.UNDELIVERED, "canceled",
			DeliveryStatus.UNDELIVERED, "failed", DeliveryStatus.FAILED);

	/** The report in a call's status callback; empty when the status is not final or the call is not named. */
	static Optional<TwilioDeliveryReport> ofCall(Map<String, String> params) {
		DeliveryStatus status = FINAL_CALL_STATUSES
			.get(String.valueOf(params.get("CallStatus")).toLowerCase(Locale.ROOT));
		String sid = params.get("CallSid");
		if (status == null || sid == null) {
			return Optional.empty();
		}
		return Optional.of(new TwilioDeliveryReport(sid, status, TwilioErrorCodes.reportedCode(params.get("ErrorCode"))));
	}

	/** The report in a callback's parameters; empty when the status is not final or the message is not named. */
	static Optional<TwilioDeliveryReport> of(Map<String, String> params) {
		DeliveryStatus status = FINAL_STATUSES.get(String.valueOf(params.get("MessageStatus")).toLowerCase(Locale.ROOT));
		String sid = params.get("MessageSid");
		if (status == null || sid == null) {
			return Optional.empty();
		}
		return Optional.of(new TwilioDeliveryReport(sid, status, TwilioErrorCodes.reportedCode(params.get("ErrorCode"))));
	}
}
