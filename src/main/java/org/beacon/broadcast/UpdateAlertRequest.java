package org.beacon.broadcast;

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
 */
public record UpdateAlertRequest(@NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 20000) @MultilineText String body, @Size(max = 1600) @MultilineText String smsText,
		@Valid Spanish spanish, Severity severity) {

	/** An update with the followed alert's severity. */
	public UpdateAlertRequest(String title, String body, String smsText, Spanish spanish) {
		this(title, body, smsText, spanish, null);
	}

	/** The Spanish words of an update. */
	public record Spanish(@NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 20000) @MultilineText String body, @Size(max = 1600) @MultilineText String smsText) {
	}
}
