package org.beacon.delivery.email.bounces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The bounce mailbox must be named where it is read, and only there (the prod profile leaves it blank). */
class BouncePropertiesTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsABlankMailboxThatIsNotRead() {
		assertThat(validator.validate(properties(false, "", ""))).isEmpty();
	}

	@Test
	void refusesToReadAMailboxWithoutAHostOrALogin() {
		assertThat(validator.validate(properties(true, "", "bounces@example.gov")))
			.singleElement()
			.satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("mailboxNamed"));
		assertThat(validator.validate(properties(true, "imap.example.gov", " "))).hasSize(1);
		assertThat(validator.validate(properties(true, "imap.example.gov", "bounces@example.gov"))).isEmpty();
	}

	static BounceProperties properties(boolean enabled, String host, String username) {
		return new BounceProperties(enabled, host, 993, BounceProperties.Protocol.IMAPS, username, "secret", "INBOX",
				null, Duration.ofMinutes(1), 100, Duration.ofSeconds(10));
	}
}
