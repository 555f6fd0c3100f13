package org.beacon.broadcast;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.beacon.platform.MultilineText;

/**
 * A follow-up to an issued alert (CAP msgType Update): new words for the same audience.
 *
 * @param smsText the SMS wording; derived from the title and body when absent
 * @param spanish optional Spanish wording for subscribers who read Spanish; its SMS text is derived when absent
 * @param severity the update's severity (a situation may worsen or ease); the followed alert's when absent
 * @param expires until when the alert, as updated, is in force: staff extend or shorten it here; when absent, the
 * followed alert's expiry holds (or, for an alert that had expired or was cancelled, the default of its type from now)
 */
public record UpdateAlertRequest(@NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 20000) @MultilineText String body, @Size(max = 1600) @MultilineText String smsText,
		@Valid Spanish spanish, Severity severity, Instant expires) {

	/** An update with the followed alert's severity. */
	public UpdateAlertRequest(String title, String body, String smsText, Spanish spanish) {
		this(title, body, smsText, spanish, null);
	}

	/** An update that keeps the followed alert's expiry. */
	public UpdateAlertRequest(String title, String body, String smsText, Spanish spanish, Severity severity) {
		this(title, body, smsText, spanish, severity, null);
	}

	/** The Spanish words of an update. */
	public record Spanish(@NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 20000) @MultilineText String body, @Size(max = 1600) @MultilineText String smsText) {
	}
}
