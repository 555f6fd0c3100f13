package org.beacon.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpReplyCodesTests {

	@ParameterizedTest(name = "SMTP {0} is permanent: {1}")
	@CsvSource({ "421, false", "450, false", "451, false", "452, false", "550, true", "552, true", "553, true",
			"554, true" })
	void fourHundredsRetryAndFiveHundredsDoNot(int reply, boolean permanent) {
		assertThat(SmtpReplyCodes.failure(reply, "the relay's words")).satisfies(failure -> {
			assertThat(failure.permanent()).isEqualTo(permanent);
			assertThat(failure.code()).isEqualTo("smtp:" + reply);
		});
	}

	@Test
	void anUnreachableRelayIsTransient() {
		assertThat(SmtpReplyCodes.unreachable("refused", null)).satisfies(failure -> {
			assertThat(failure.permanent()).isFalse();
			assertThat(failure.code()).isEqualTo("smtp:connection");
		});
	}

	@Test
	void masksTheRecipientInTheRelaysWords() {
		assertThat(SmtpReplyCodes.failure(550, "5.1.1 <maria.lopez@example.org>: Recipient address rejected")
			.getMessage()).contains("m***@example.org").doesNotContain("maria");
	}
}
