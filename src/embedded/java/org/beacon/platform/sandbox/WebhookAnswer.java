package org.beacon.platform.sandbox;

/**
 * Beacon's answer to a webhook the sandbox posted as Twilio would: a text a person sent from a phone, a key they
 * pressed in a call.
 *
 * @param status the HTTP status: 200 with TwiML when Beacon took it, 403 when it refused the signature
 * @param twiml the body Beacon answered with: TwiML when it took it ({@link TwimlText} reads it)
 */
public record WebhookAnswer(int status, String twiml) {

	/** Whether Beacon took it: Twilio counts any 2xx as taken. */
	public boolean taken() {
		return status / 100 == 2;
	}
}
