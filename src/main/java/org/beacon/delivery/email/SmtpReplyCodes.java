package org.beacon.delivery.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderOutcomes;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailSendException;

/**
 * What an SMTP relay's reply code means for a message (RFC 5321, section 4.2.1): 4xx is transient and retried, 5xx
 * permanent. Failures carry the code as {@code smtp:<code>}. Jakarta Mail nests the reply in its exceptions; {@link #of}
 * finds it.
 */
final class SmtpReplyCodes {

	private static final String PROVIDER = "smtp";

	private SmtpReplyCodes() {
	}

	static DeliveryFailure failure(int replyCode, String message) {
		String code = PROVIDER + ":" + replyCode;
		return replyCode >= 500 ? ProviderOutcomes.permanent(code, message) : ProviderOutcomes.retryable(code, message);
	}

	/** A relay that could not be reached or dropped the connection. */
	static DeliveryFailure unreachable(String message, Throwable cause) {
		return ProviderOutcomes.unreachable(PROVIDER, message, cause);
	}

	/** Finds the SMTP reply code in the failure, wherever Jakarta Mail nested it. */
	static DeliveryFailure of(MailSendException ex) {
		for (Exception failure : ex.getFailedMessages().values()) {
			DeliveryFailure classified = of(failure);
			if (!"smtp:connection".equals(classified.code())) {
				return classified;
			}
		}
		// Not chained: Jakarta Mail's messages name the recipients.
		return unreachable(ex.getMessage(), null);
	}

	/** The failure of one message: an SMTP reply when the relay gave one, a connection failure otherwise. */
	static DeliveryFailure of(Exception failure) {
		if (failure instanceof DeliveryFailure known) {
			return known;
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SMTPAddressFailedException address) {
				return failure(address.getReturnCode(), address.getMessage());
			}
			if (cause instanceof SMTPSendFailedException send) {
				return failure(send.getReturnCode(), send.getMessage());
			}
		}
		// Not chained: Jakarta Mail's messages name the recipients.
		return unreachable(failure.getMessage(), null);
	}

	private static Throwable next(Throwable cause) {
		if (cause instanceof SendFailedException send && send.getNextException() != null) {
			return send.getNextException();
		}
		if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
			return messaging.getNextException();
		}
		return cause.getCause();
	}
}
