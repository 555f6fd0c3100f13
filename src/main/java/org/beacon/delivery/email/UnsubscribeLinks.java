package org.beacon.delivery.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.beacon.subscribers.EmailConsent;

/** The List-Unsubscribe header of an alert email: a signed one-click HTTPS link and a mailto address. */
class UnsubscribeLinks {

	private final EmailConsent consent;

	private final String publicUrl;

	private final String mailbox;

	UnsubscribeLinks(EmailConsent consent, String publicUrl, String mailbox) {
		this.consent = consent;
		this.publicUrl = publicUrl;
		this.mailbox = mailbox;
	}

	String url(UUID subscriberId) {
		return publicUrl + "/unsubscribe/" + subscriberId + "?t=" + consent.unsubscribeToken(subscriberId);
	}

	String header(UUID subscriberId) {
		return "<" + url(subscriberId) + ">, <mailto:" + mailbox + "?subject="
				+ URLEncoder.encode("unsubscribe " + subscriberId, StandardCharsets.UTF_8).replace("+", "%20") + ">";
	}
}
