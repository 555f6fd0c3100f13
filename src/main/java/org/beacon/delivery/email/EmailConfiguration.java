package org.beacon.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.beacon.checkins.AnswerLinks;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.platform.BeaconProperties;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.EmailConsent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
@ConditionalOnRole(Role.EMAIL)
class EmailConfiguration {

	/**
	 * Resolves the plain-text email templates ({@code *.txt}) in TEXT mode; Spring Boot adds it to its Thymeleaf
	 * engine beside the default HTML resolver, which handles the rest.
	 */
	@Bean
	ITemplateResolver textEmailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setResolvablePatterns(Set.of("*.txt"));
		resolver.setOrder(1);
		resolver.setCheckExistence(true);
		return resolver;
	}

	/**
	 * The alert emails every email provider sends, on the SMTP sender's session (their Message-IDs alike); a
	 * check-in's carry the answer links the check-ins feature signs.
	 */
	@Bean
	AlertMimeMessages alertMimeMessages(JavaMailSender mail, ITemplateEngine templates, MessageSource messages,
			DeliveryProperties properties, EmailConsent consent, BeaconProperties beacon, AnswerLinks answerLinks) {
		return new AlertMimeMessages(mail.createMimeMessage().getSession(),
				new AlertEmailContent(templates, messages, beacon.publicUrl()), properties.mailFrom(),
				new UnsubscribeLinks(consent::unsubscribeToken, beacon.publicUrl(), properties.unsubscribeMailbox()),
				answerLinks::url);
	}

	@Bean
	EmailSender emailSender(JavaMailSender mail, AlertMimeMessages messages) {
		return new SmtpEmailSender(mail, messages);
	}
}
