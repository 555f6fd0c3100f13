package org.beacon.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Codes and secret links are hidden in what Beacon really sends, in every language, as text and as HTML. */
class OutboxRedactionTests {

	private static final String LINK_SECRET = "q3VwZ1x0-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456";

	private static final String URL = "https://beacon.example.gov";

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void hidesTheVerificationCodeOfTheSmsInEveryLanguage() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
			String sms = messages.getMessage("challenge.VERIFY_PHONE.sms", new Object[] { "042917" }, locale);
			assertThat(OutboxRedaction.redact(sms)).doesNotContain("042917").contains(OutboxRedaction.CODE_HIDDEN);
		}
	}

	@Test
	void hidesTheVerificationAndSignInLinksOfTheEmailsInEveryLanguage() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
			for (String purpose : List.of("VERIFY_EMAIL", "SIGN_IN")) {
				String path = purpose.equals("SIGN_IN") ? "/signin/link?t=" : "/verify/email?t=";
				String body = messages.getMessage("challenge." + purpose + ".body",
						new Object[] { URL + path + LINK_SECRET }, locale);
				String hidden = OutboxRedaction.redact(body);
				assertThat(hidden).as(purpose + " in " + locale)
					.doesNotContain(LINK_SECRET, "?t=", path)
					.contains(OutboxRedaction.LINK_HIDDEN);
				assertThat(hidden.replace(OutboxRedaction.LINK_HIDDEN, URL + path + LINK_SECRET)).isEqualTo(body);
			}
		}
	}

	@Test
	void hidesTheKeepLinkOfTheRetentionNoticeByEmailAndBySmsInEveryLanguage() {
		String link = URL + "/keep?t=" + LINK_SECRET;
		for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
			String body = messages.getMessage("challenge.KEEP_BY_EMAIL.body", new Object[] { link, "1 May 2026" },
					locale);
			String sms = messages.getMessage("challenge.KEEP_BY_SMS.sms", new Object[] { LINK_SECRET, link,
					"1 May 2026" }, locale);
			for (String text : List.of(body, sms)) {
				String hidden = OutboxRedaction.redact(text);
				assertThat(hidden).as(text).doesNotContain(LINK_SECRET, "?t=").contains(OutboxRedaction.LINK_HIDDEN);
				assertThat(hidden.replace(OutboxRedaction.LINK_HIDDEN, link)).isEqualTo(text);
			}
		}
	}

	@Test
	void hidesUnsubscribeLinksAndSecretLinksInHtml() {
		UUID subscriber = UUID.randomUUID();
		String unsubscribe = URL + "/unsubscribe/" + subscriber + "?t=" + LINK_SECRET;
		assertThat(OutboxRedaction.redact("Unsubscribe: " + unsubscribe + "."))
			.isEqualTo("Unsubscribe: " + OutboxRedaction.LINK_HIDDEN + ".");
		assertThat(OutboxRedaction.redact("<a href=\"" + unsubscribe + "\">stop</a>"))
			.isEqualTo("<a href=\"" + OutboxRedaction.LINK_HIDDEN + "\">stop</a>");
		assertThat(OutboxRedaction.redact("<a href='/account?lang=es&amp;t=abc'>x</a>"))
			.isEqualTo("<a href='" + OutboxRedaction.LINK_HIDDEN + "'>x</a>");
		assertThat(OutboxRedaction.redact("open /signin/link?t=abc now")).isEqualTo("open [link hidden] now");
		assertThat(OutboxRedaction.redact("(" + URL + "/verify/email?t=x)")).isEqualTo("([link hidden])");
	}

	@Test
	void hidesACheckInsAnswerLinksWholeSoThatNoStaffMemberAnswersForACitizen() {
		String safe = URL + "/checkin/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/safe/1767225600."
				+ LINK_SECRET + "?lang=en";
		assertThat(OutboxRedaction.redact("I am safe: " + safe + "\n")).isEqualTo("I am safe: [link hidden]\n");
		assertThat(OutboxRedaction.redact("<a href=\"" + safe + "\">I am safe</a>"))
			.isEqualTo("<a href=\"" + OutboxRedaction.LINK_HIDDEN + "\">I am safe</a>");
	}

	@Test
	void hidesALongTokenOnItsOwnAndAnyCodeOfTheLengthOfOne() {
		assertThat(OutboxRedaction.redact("Your token: " + LINK_SECRET))
			.isEqualTo("Your token: " + OutboxRedaction.CODE_HIDDEN);
		assertThat(OutboxRedaction.redact("Code 123456, call +223 20 70 23 00."))
			.isEqualTo("Code [code hidden], call +223 20 70 23 00.");
	}

	@Test
	void leavesWhatIsNoSecretAsItIs() {
		String alert = "U.S. Embassy Bamako: Curfew in Mopti from 8 p.m. to 6 a.m. on 1/11/2026, 24/7 hotline "
				+ "+22320702300. See https://travel.state.gov/content/travel/en/traveladvisories/mali.html?lang=en "
				+ "and /advisories.";
		assertThat(OutboxRedaction.redact(alert)).isEqualTo(alert);
		assertThat(OutboxRedaction.redact(null)).isNull();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
