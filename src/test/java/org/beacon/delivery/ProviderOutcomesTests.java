package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderOutcomesTests {

	@Test
	void twilioErrorsThatRetryingCannotFixArePermanent() {
		assertThat(ProviderOutcomes.twilio(400, 21211, "invalid To").permanent()).isTrue();
		assertThat(ProviderOutcomes.twilio(400, 21614, "not a mobile").permanent()).isTrue();
		assertThat(ProviderOutcomes.twilio(400, 21610, "unsubscribed")).satisfies(failure -> {
			assertThat(failure.permanent()).isTrue();
			assertThat(failure.code()).isEqualTo("twilio:21610");
		});
	}

	@Test
	void twilioRateLimitsServerErrorsAndCredentialsAreTransient() {
		assertThat(ProviderOutcomes.twilio(429, 20429, "too many").permanent()).isFalse();
		assertThat(ProviderOutcomes.twilio(503, 20500, "unavailable").permanent()).isFalse();
		assertThat(ProviderOutcomes.twilio(401, 20003, "authenticate").permanent()).isFalse();
		assertThat(ProviderOutcomes.twilioUnreachable("timeout", null).permanent()).isFalse();
	}

	@Test
	void masksTheRecipientInTheProvidersWords() {
		assertThat(ProviderOutcomes.twilio(400, 21211, "The 'To' number +22376000040 is not a valid phone number.")
			.getMessage()).contains("+223******40").doesNotContain("76000040");
		assertThat(ProviderOutcomes.smtp(550, "5.1.1 <maria.lopez@example.org>: Recipient address rejected")
			.getMessage()).contains("m***@example.org").doesNotContain("maria");
	}

	@Test
	void otherTwilioClientErrorsArePermanent() {
		assertThat(ProviderOutcomes.twilio(400, 21602, "body required").permanent()).isTrue();
	}

	@Test
	void smtpFourHundredsRetryAndFiveHundredsDoNot() {
		assertThat(ProviderOutcomes.smtp(451, "try later").permanent()).isFalse();
		assertThat(ProviderOutcomes.smtp(421, "closing").permanent()).isFalse();
		assertThat(ProviderOutcomes.smtp(550, "no such user")).satisfies(failure -> {
			assertThat(failure.permanent()).isTrue();
			assertThat(failure.code()).isEqualTo("smtp:550");
		});
		assertThat(ProviderOutcomes.smtpUnreachable("refused", null).permanent()).isFalse();
	}
}
