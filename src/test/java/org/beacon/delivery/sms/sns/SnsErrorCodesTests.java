package org.beacon.delivery.sms.sns;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.delivery.DeliveryFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnsErrorCodesTests {

	@ParameterizedTest(name = "SNS {1} (HTTP {0}) is permanent: {2}")
	@CsvSource({
			"400, InvalidParameter, true", "400, ParameterValueInvalid, true", "400, ValidationException, true",
			"400, OptedOut, true", "400, EndpointDisabled, true",
			"400, Throttling, false", "429, Throttled, false", "403, AuthorizationError, false",
			"403, InvalidClientTokenId, false", "403, SignatureDoesNotMatch, false", "403, ExpiredToken, false",
			"400, RequestExpired, false",
			// Any other client error is permanent, any server error transient.
			"404, NotFound, true", "400, InvalidAction, true", "500, InternalError, false",
			"503, ServiceUnavailable, false",
			// The table wins over the status: these codes are permanent whatever the status says.
			"500, InvalidParameter, true" })
	void eachCodeMapsToItsOutcome(int status, String code, boolean permanent) {
		DeliveryFailure failure = SnsErrorCodes.failure(status, code, "SNS's words");

		assertThat(failure.permanent()).isEqualTo(permanent);
		assertThat(failure.code()).isEqualTo("sns:" + code);
	}

	/** Every code in the tables is one of the codes above: a code added to a table needs its line there too. */
	@Test
	void theTablesHoldNoCodeWithoutItsExpectedOutcome() {
		assertThat(SnsErrorCodes.PERMANENT).containsOnlyKeys("InvalidParameter", "ParameterValueInvalid",
				"ValidationException", "OptedOut", "EndpointDisabled");
		assertThat(SnsErrorCodes.TRANSIENT).containsOnlyKeys("Throttling", "Throttled", "AuthorizationError",
				"InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "RequestExpired");
	}

	@Test
	void anAnswerWithoutACodeIsClassifiedByItsStatus() {
		assertThat(SnsErrorCodes.failure(503, null, "unavailable")).satisfies(failure -> {
			assertThat(failure.permanent()).isFalse();
			assertThat(failure.code()).isEqualTo("sns:503");
		});
		assertThat(SnsErrorCodes.failure(400, " ", "bad request").code()).isEqualTo("sns:400");
		assertThat(SnsErrorCodes.failure(400, null, "bad request").permanent()).isTrue();
		assertThat(SnsErrorCodes.failure(null, null, "no status").permanent()).isFalse();
	}

	@Test
	void masksTheRecipientInSnsWords() {
		assertThat(SnsErrorCodes.failure(400, "OptedOut", "Phone number +22376000040 is opted out").getMessage())
			.startsWith("sns:OptedOut: the number opted out")
			.contains("+223******40")
			.doesNotContain("76000040");
	}
}
