package org.beacon.delivery.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;

/** The List-Unsubscribe header of an alert email: a signed one-click HTTPS link and a mailto address. */
class UnsubscribeLinks {

	private final Function<UUID, String> tokens;

	private final String publicUrl;

	private final String mailbox;

	/** @param tokens each subscriber's unsubscribe token ({@code EmailConsent::unsubscribeToken}) */
	UnsubscribeLinks(Function<UUID, String> tokens, String publicUrl, String mailbox) {
		this.tokens = tokens;
		this.publicUrl = publicUrl;
		this.mailbox = mailbox;
	}

	String url(UUID subscriberId) {
		return publicUrl + "/unsubscribe/" + subscriberId + "?t=" + tokens.apply(subscriberId);
	}

	String header(UUID subscriberId) {
		return "<" + url(subscriberId) + ">, <mailto:" + mailbox + "?subject="
				+ URLEncoder.encode("unsubscribe " + subscriberId, StandardCharsets.UTF_8).replace("+", "%20") + ">";
	}
}
