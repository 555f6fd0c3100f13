package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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

	@Test
	void acceptsRoutesOfANamedProviderAndAWeightUpToAThousand() {
		assertThat(validator.validate(new DeliveryProperties.Routing(List.of("twilio:100", "sns:0"),
				List.of("smtp:1000", "ses:1"), List.of("twilio-voice:100")))).isEmpty();
	}

	@Test
	void refusesARouteWithoutAWeightOrWithOneOutOfBoundsAndAChannelWithoutProviders() {
		assertThat(validator.validate(new DeliveryProperties.Routing(List.of("twilio", "sns:-1", "Vonage:1"),
				List.of("smtp:1001"), List.of("twilio-voice:100"))))
			.extracting(violation -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("sms[0].<list element>", "sms[1].<list element>", "sms[2].<list element>",
					"email[0].<list element>");
		assertThat(validator.validate(new DeliveryProperties.Routing(List.of(), List.of("smtp:100"),
				List.of("twilio-voice:100"))))
			.singleElement()
			.satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("sms"));
	}
}
