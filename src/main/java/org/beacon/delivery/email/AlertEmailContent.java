package org.beacon.delivery.email;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders the subject, plain-text and HTML bodies of an alert email from Thymeleaf templates, in the reader's language. */
class AlertEmailContent {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	AlertEmailContent(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	record Rendered(String subject, String text, String html) {
	}

	Rendered render(AlertEmail email) {
		Context context = new Context(email.locale());
		context.setVariable("email", email);
		context.setVariable("typeLabel", label("alert.type." + email.alertType(), email));
		context.setVariable("severityLabel", label("alert.severity." + email.severity(), email));
		context.setVariable("paragraphs", paragraphs(email.body()));
		context.setVariable("issuedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
			.withLocale(email.locale()).withZone(ZoneId.of("UTC")).format(email.issuedAt()));
		String subject = messages.getMessage("email.subject",
				new Object[] { context.getVariable("typeLabel"), email.title() }, email.locale());
		return new Rendered(subject, templates.process("email/alert.txt", context),
				templates.process("email/alert", context));
	}

	private String label(String key, AlertEmail email) {
		return messages.getMessage(key, null, key, email.locale());
	}

	private static List<String> paragraphs(String body) {
		return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}
}
