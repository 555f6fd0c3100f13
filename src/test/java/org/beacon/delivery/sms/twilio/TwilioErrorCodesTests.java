package org.beacon.delivery.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.ledger.DeliveryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioErrorCodesTests {

	@ParameterizedTest(name = "Twilio {1} (HTTP {0}) is permanent: {2}")
	@CsvSource({
			"400, 21211, true", "400, 21214, true", "400, 21408, true", "400, 21610, true", "400, 21612, true",
			"400, 21614, true", "400, 21617, true", "400, 30006, true", "400, 30007, true",
			"429, 20429, false", "401, 20003, false", "401, 20005, false", "503, 20500, false",
			// Any other client error is permanent, any server error transient.
			"400, 21602, true", "404, 20404, true", "500, 20500, false",
			// The table wins over the status: these codes are permanent whatever the status says.
			"500, 21211, true", "503, 30007, true" })
	void eachCodeMapsToItsOutcome(int status, int code, boolean permanent) {
		DeliveryFailure failure = TwilioErrorCodes.failure(status, code, "Twilio's words");

		assertThat(failure.permanent()).isEqualTo(permanent);
		assertThat(failure.code()).isEqualTo("twilio:" + code);
	}

	/** Every code in the tables is one of the codes above: a code added to a table needs its line there too. */
	@Test
	void theTablesHoldNoCodeWithoutItsExpectedOutcome() {
		assertThat(TwilioErrorCodes.PERMANENT).containsOnlyKeys(21211, 21214, 21408, 21610, 21612, 21614, 21617, 30006,
				30007);
		assertThat(TwilioErrorCodes.TRANSIENT).containsOnlyKeys(20429, 20003, 20005);
	}

	@Test
	void aPermanentCodeSaysWhatItMeans() {
		assertThat(TwilioErrorCodes.failure(400, 21610, "Attempt to send to unsubscribed recipient").getMessage())
			.startsWith("twilio:21610: recipient replied STOP (unsubscribed) (Attempt to send");
	}

	@Test
	void anAnswerWithoutACodeIsClassifiedByItsStatus() {
		assertThat(TwilioErrorCodes.failure(429, null, "too many")).satisfies(failure -> {
			assertThat(failure.permanent()).isFalse();
			assertThat(failure.code()).isEqualTo("twilio:429");
		});
		assertThat(TwilioErrorCodes.failure(400, null, "bad request").permanent()).isTrue();
		assertThat(TwilioErrorCodes.failure(null, null, "no status").permanent()).isFalse();
	}

	@Test
	void noAnswerAtAllIsTransient() {
		assertThat(TwilioErrorCodes.unreachable("timeout", null)).satisfies(failure -> {
			assertThat(failure.permanent()).isFalse();
			assertThat(failure.code()).isEqualTo("twilio:connection");
		});
	}

	@Test
	void masksTheRecipientInTwiliosWords() {
		assertThat(TwilioErrorCodes.failure(400, 21211, "The 'To' number +22376000040 is not a valid phone number.")
			.getMessage()).contains("+223******40").doesNotContain("76000040");
	}

	@Test
	void aDeliveryReportKeepsOnlyFinalStatusesAndPrefixesItsErrorCode() {
		assertThat(TwilioDeliveryReport.of(Map.of("MessageSid", "SM1", "MessageStatus", "undelivered", "ErrorCode",
				"30003"))).contains(new TwilioDeliveryReport("SM1", DeliveryStatus.UNDELIVERED, "twilio:30003"));
		assertThat(TwilioDeliveryReport.of(Map.of("MessageSid", "SM1", "MessageStatus", "Delivered", "ErrorCode", "")))
			.contains(new TwilioDeliveryReport("SM1", DeliveryStatus.DELIVERED, null));
		assertThat(TwilioDeliveryReport.of(Map.of("MessageSid", "SM1", "MessageStatus", "failed")))
			.contains(new TwilioDeliveryReport("SM1", DeliveryStatus.FAILED, null));
		assertThat(TwilioDeliveryReport.of(Map.of("MessageSid", "SM1", "MessageStatus", "sent"))).isEmpty();
		assertThat(TwilioDeliveryReport.of(Map.of("MessageStatus", "delivered"))).isEmpty();
	}
}
