package org.beacon.console;

import org.springframework.web.util.HtmlUtils;

/**
 * What an email's frame in the outbox shows. An email with an HTML part (an alert) shows it; one with only plain
 * text (a verification or sign-in email) shows its text as a page of its own, escaped, so that nothing in it is
 * read as markup, with its line breaks kept and long links wrapped.
 */
final class EmailFrame {

	/** Inline, as the frame's policy ({@link SandboxOutboxPage#EMAIL_POLICY}) lets the email's own HTML style itself. */
	private static final String TEXT_STYLE = "white-space: pre-wrap; overflow-wrap: anywhere; margin: 1rem; "
			+ "font: 1rem/1.5 system-ui, sans-serif; color: #0b0c0c";

	private EmailFrame() {
	}

	/** The page that shows a plain-text email: its subject as the title, its text escaped; null reads as empty. */
	static String ofText(String subject, String text) {
		return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escaped(subject) + "</title></head>"
				+ "<body><pre style=\"" + TEXT_STYLE + "\">" + escaped(text) + "</pre></body></html>\n";
	}

	private static String escaped(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
