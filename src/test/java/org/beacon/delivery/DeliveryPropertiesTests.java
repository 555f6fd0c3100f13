package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The bounds of the delivery settings that the binder alone cannot tell. */
class DeliveryPropertiesTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsAReportSendTimeoutThatLeavesTwilioItsAnswerInTime() {
		assertThat(validator.validate(new DeliveryProperties.Reports(Duration.ofSeconds(2)))).isEmpty();
		assertThat(validator.validate(new DeliveryProperties.Reports(Duration.ofSeconds(10)))).isEmpty();
	}

	@Test
	void refusesAReportSendTimeoutLongerThanTwilioWaitsOrNoneAtAll() {
		assertThat(validator.validate(new DeliveryProperties.Reports(Duration.ofSeconds(20))))
			.singleElement()
			.satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("sendTimeout"));
		assertThat(validator.validate(new DeliveryProperties.Reports(Duration.ZERO)))
			.singleElement()
			.satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("sendTimeout"));
	}
}
