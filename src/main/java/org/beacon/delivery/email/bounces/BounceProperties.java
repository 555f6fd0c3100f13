package org.beacon.delivery.email.bounces;

import java.time.Duration;
import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bounce mailbox: where the relay returns what it could not deliver (the envelope sender of alert emails) and
 * mailbox providers send complaints (their feedback loop). Off unless enabled: the embedded default's sandbox relay
 * returns nothing. Alert emails reach it as bounces only when their envelope sender is its address
 * ({@code spring.mail.properties.mail.smtp.from}).
 *
 * @param enabled read the mailbox (env {@code BOUNCES_ENABLED} in the prod profile)
 * @param host the IMAP server (env {@code BOUNCES_HOST})
 * @param port its port: 143 for IMAP, 993 for IMAPS (env {@code BOUNCES_PORT}, 993 in the prod profile)
 * @param protocol {@code imap}, or {@code imaps} for IMAP over TLS (env {@code BOUNCES_PROTOCOL}, imaps in the prod
 * profile)
 * @param username the mailbox's login (env {@code BOUNCES_USERNAME})
 * @param password its password (env {@code BOUNCES_PASSWORD})
 * @param folder the folder the reports arrive in (env {@code BOUNCES_FOLDER})
 * @param processedFolder where read mails go once recorded; blank: they stay in {@code folder}, marked seen
 * @param pollInterval the pause between two reads of the mailbox
 * @param batchSize the most mails one read takes; the rest wait for the next
 * @param timeout connection and read timeout of the IMAP server
 */
@Validated
@ConfigurationProperties("beacon.delivery.bounces")
record BounceProperties(@DefaultValue("false") boolean enabled, @DefaultValue("127.0.0.1") String host,
		@Min(1) @Max(65535) @DefaultValue("143") int port, @NotNull @DefaultValue("imap") Protocol protocol,
		@DefaultValue("bounces@beacon.localhost") String username, String password,
		@NotBlank @DefaultValue("INBOX") String folder, String processedFolder,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("PT1M") Duration pollInterval,
		@Min(1) @Max(1000) @DefaultValue("100") int batchSize,
		@NotNull @DurationMin(millis = 100) @DefaultValue("PT10S") Duration timeout) {

	/** A mailbox is named wherever it is read; where it is not, its settings may stay blank (the prod profile's). */
	@AssertTrue(message = "host and username are required to read the bounce mailbox (BOUNCES_HOST, BOUNCES_USERNAME)")
	boolean isMailboxNamed() {
		return !enabled || host != null && !host.isBlank() && username != null && !username.isBlank();
	}

	enum Protocol {

		IMAP, IMAPS;

		/** The Jakarta Mail store's name. */
		String store() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
