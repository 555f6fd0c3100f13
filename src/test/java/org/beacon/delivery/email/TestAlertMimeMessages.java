package org.beacon.delivery.email;

import java.util.Set;

import jakarta.mail.Session;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The alert emails as Beacon builds them (the real templates and messages), for the tests of every email provider:
 * unsubscribe links on {@link #PUBLIC_URL} with the token {@link #TOKEN}, and a check-in's answer links on it too
 * (signed with {@code test-signature}).
 */
public final class TestAlertMimeMessages {

	public static final String PUBLIC_URL = "https://beacon.test";

	public static final String TOKEN = "20800.test-token";

	public static final String FROM = "Beacon <alerts@beacon.test>";

	private TestAlertMimeMessages() {
	}

	public static AlertMimeMessages on(Session session) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine templates = new SpringTemplateEngine();
		templates.setTemplateEngineMessageSource(messages);
		templates.addTemplateResolver(resolver(TemplateMode.TEXT, "", Set.of("*.txt"), 1));
		templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", Set.of("*"), 2));
		return new AlertMimeMessages(session, new AlertEmailContent(templates, messages, PUBLIC_URL), FROM,
				new UnsubscribeLinks(subscriber -> TOKEN, PUBLIC_URL, "unsubscribe@beacon.test"),
				(checkIn, subscriber, answer, deadline, locale) -> PUBLIC_URL + "/checkin/" + checkIn + "/" + subscriber
						+ "/" + answer + "/" + deadline.getEpochSecond() + ".test-signature?lang=" + locale.getLanguage());
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, Set<String> patterns,
			int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(patterns);
		resolver.setOrder(order);
		return resolver;
	}
}
