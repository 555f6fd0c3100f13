package org.beacon.delivery.email.ses;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.delivery.DeliveryFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SesErrorCodesTests {

	@ParameterizedTest(name = "SES {1} (HTTP {0}) is permanent: {2}")
	@CsvSource({
			"400, MessageRejected, true", "400, BadRequestException, true",
			"429, TooManyRequestsException, false", "400, LimitExceededException, false",
			"400, SendingPausedException, false", "400, AccountSuspendedException, false",
			"400, MailFromDomainNotVerifiedException, false", "404, NotFoundException, false",
			"403, UnrecognizedClientException, false", "403, InvalidSignatureException, false",
			"400, IncompleteSignatureException, false", "403, AccessDeniedException, false",
			// Any other client error is permanent, any server error or throttling transient.
			"400, SomethingNewException, true", "409, ConflictException, true",
			"500, InternalServiceErrorException, false", "503, ServiceUnavailable, false", "429, Throttled, false",
			// The table wins over the status.
			"500, MessageRejected, true" })
	void eachErrorMapsToItsOutcome(int status, String type, boolean permanent) {
		DeliveryFailure failure = SesErrorCodes.failure(status, type, "SES's words");

		assertThat(failure.permanent()).isEqualTo(permanent);
		assertThat(failure.code()).isEqualTo("ses:" + type);
	}

	/** Every error in the tables is one of the errors above: an error added to a table needs its line there too. */
	@Test
	void theTablesHoldNoErrorWithoutItsExpectedOutcome() {
		assertThat(SesErrorCodes.PERMANENT).containsOnlyKeys("MessageRejected", "BadRequestException");
		assertThat(SesErrorCodes.TRANSIENT).containsOnlyKeys("TooManyRequestsException", "LimitExceededException",
				"SendingPausedException", "AccountSuspendedException", "MailFromDomainNotVerifiedException",
				"NotFoundException", "UnrecognizedClientException", "InvalidSignatureException",
				"IncompleteSignatureException", "AccessDeniedException");
	}

	@Test
	void anAnswerWithoutAnErrorTypeIsCodedByItsStatus() {
		assertThat(SesErrorCodes.failure(503, null, "down")).satisfies(failure -> {
			assertThat(failure.code()).isEqualTo("ses:503");
			assertThat(failure.permanent()).isFalse();
		});
		assertThat(SesErrorCodes.failure(413, "", "too large").permanent()).isTrue();
	}

	@Test
	void anErrorSaysWhatItMeansAndMasksTheRecipient() {
		DeliveryFailure failure = SesErrorCodes.failure(400, "MessageRejected",
				"Email address is not verified: maria.lopez@example.org");

		assertThat(failure.getMessage()).contains("SES refused the message").doesNotContain("maria.lopez");
	}

	@Test
	void noAnswerAtAllIsAConnectionFailure() {
		DeliveryFailure failure = SesErrorCodes.unreachable("Connection refused", null);

		assertThat(failure.code()).isEqualTo("ses:connection");
		assertThat(failure.permanent()).isFalse();
	}
}
