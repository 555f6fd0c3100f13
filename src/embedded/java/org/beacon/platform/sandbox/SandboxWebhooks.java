package org.beacon.platform.sandbox;

import java.net.URI;

/**
 * Beacon's Twilio webhooks as the sandbox calls them when a person plays the citizen: texting Beacon's number, pressing
 * a key in a call.
 *
 * @param baseUrl Beacon's webhook base URL as Twilio was given it ({@code beacon.delivery.twilio.webhook-base-url}):
 * signatures cover it, and a text to Beacon's number goes to its {@value #INBOUND}, as Beacon's Twilio number is set
 * up to send it
 * @param reachedAt where the sandbox posts what Twilio would post under {@code baseUrl}: the same on the embedded
 * default; another address when Beacon is reached otherwise from the sandbox (a test on a random port)
 */
public record SandboxWebhooks(String baseUrl, String reachedAt) {

	/** The path of Beacon's webhook for texts to its number ("A message comes in" in Twilio's console). */
	public static final String INBOUND = "/webhooks/twilio/inbound";

	/** Beacon reached at the base URL Twilio was given, as Twilio reaches it. */
	public static SandboxWebhooks at(String baseUrl) {
		return new SandboxWebhooks(baseUrl, baseUrl);
	}

	/** The URL Twilio posts a text to Beacon's number to, which its signature covers. */
	String inbound() {
		return baseUrl + INBOUND;
	}

	/** Where the sandbox posts what Twilio would post to {@code url}. */
	URI route(String url) {
		return URI.create(url.startsWith(baseUrl) ? reachedAt + url.substring(baseUrl.length()) : url);
	}
}
