package org.beacon.delivery.email;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the subject, plain-text and HTML bodies of an alert email from Thymeleaf templates, in the reader's language.
 * The bodies name no recipient (the reader's unsubscribe link, and a check-in's answer links, are left as marks,
 * filled in when sent), so an alert is rendered once per language and the result reused for every reader of it (a
 * few recent alerts are kept).
 */
class AlertEmailContent {

	private static final int ALERTS_KEPT = 32;

	/** What a rendering depends on: an alert's words in one language, and whether it asks (a check-in's buttons). */
	private record Key(UUID alertId, Locale locale, String alertType, String severity, String title, String body,
			String sender, Instant issuedAt, boolean asks, Instant expires) {
	}

	private final Map<Key, Rendered> rendered = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
			return size() > ALERTS_KEPT;
		}
	};

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String manageUrl;

	/** @param publicUrl where citizens reach Beacon: the email links to its sign-in page */
	AlertEmailContent(ITemplateEngine templates, MessageSource messages, String publicUrl) {
		this.templates = templates;
		this.messages = messages;
		this.manageUrl = publicUrl + "/signin";
	}

	/** @param body the text and HTML as one encoded MIME body, built once and sent to every reader */
	record Rendered(String subject, String text, String html, PreparedMimeMessage.Body body) {

		Rendered(String subject, String text, String html) {
			this(subject, text, html, PreparedMimeMessage.Body.of(text, html));
		}
	}

	/** Where a reader manages their alerts: the sign-in page. */
	String manageUrl() {
		return manageUrl;
	}

	Rendered render(AlertEmail email) {
		Key key = new Key(email.alertId(), email.locale(), email.alertType(), email.severity(), email.title(),
				email.body(), email.sender(), email.issuedAt(), email.asks(), email.expires());
		synchronized (rendered) {
			Rendered done = rendered.get(key);
			if (done != null) {
				return done;
			}
		}
		Rendered done = renderNow(email);
		synchronized (rendered) {
			rendered.put(key, done);
		}
		return done;
	}

	private Rendered renderNow(AlertEmail email) {
		Context context = new Context(email.locale());
		context.setVariable("email", email);
		context.setVariable("typeLabel", label("alert.type." + email.alertType(), email));
		context.setVariable("severityLabel", label("alert.severity." + email.severity(), email));
		context.setVariable("paragraphs", paragraphs(email.body()));
		context.setVariable("manageUrl", manageUrl);
		context.setVariable("unsubscribeUrl", mark(PreparedMimeMessage.Body.LINK));
		// A check-in's buttons: the reader's own signed links, put in the same way.
		context.setVariable("asks", email.asks());
		context.setVariable("safeUrl", mark(PreparedMimeMessage.Body.SAFE_LINK));
		context.setVariable("helpUrl", mark(PreparedMimeMessage.Body.HELP_LINK));
		context.setVariable("issuedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
			.withLocale(email.locale()).withZone(ZoneId.of("UTC")).format(email.issuedAt()));
		context.setVariable("expiresAt", email.expires() == null ? null : DateTimeFormatter
			.ofLocalizedDateTime(FormatStyle.LONG).withLocale(email.locale()).withZone(ZoneId.of("UTC"))
			.format(email.expires()));
		String subject = messages.getMessage("email.subject",
				new Object[] { context.getVariable("typeLabel"), email.title() }, email.locale());
		Rendered rendered = new Rendered(subject, templates.process("email/alert.txt", context),
				templates.process("email/alert", context));
		if (rendered.body().count(PreparedMimeMessage.Body.LINK) != 2) {
			// Loud rather than emails whose readers find no way to leave: the templates lost the link's own line.
			throw new IllegalStateException("an alert email's text and HTML must each hold the reader's link once");
		}
		long answerLinks = email.asks() ? 2 : 0;
		if (rendered.body().count(PreparedMimeMessage.Body.SAFE_LINK) != answerLinks
				|| rendered.body().count(PreparedMimeMessage.Body.HELP_LINK) != answerLinks) {
			// Loud rather than a check-in nobody can answer by email.
			throw new IllegalStateException("a check-in's email text and HTML must each hold both answer links once");
		}
		return rendered;
	}

	/** On a line of its own, so that each reader's link replaces it in the encoded body (PreparedMimeMessage). */
	private static String mark(String mark) {
		return "\r\n" + mark + "\r\n";
	}

	private String label(String key, AlertEmail email) {
		return messages.getMessage(key, null, key, email.locale());
	}

	private static List<String> paragraphs(String body) {
		return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}
}
