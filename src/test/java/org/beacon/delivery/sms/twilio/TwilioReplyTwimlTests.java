package org.beacon.delivery.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;

class TwilioReplyTwimlTests {

	@ParameterizedTest
	@ValueSource(strings = { "Thank you. We have recorded that you are safe.",
			"Call U.S. Embassy Bamako & Consulate <Kati> on +223 20 70 23 00 \"now\", it's open.",
			"Gracias. Hemos registrado que está a salvo. ¿Necesita ayuda? Llame al +223 20 70 23 00.",
			"Line one\nline two\ttabbed ]]> end" })
	void aReplyIsAnsweredWithTheTwimlTheSdkWrites(String text) {
		String sdk = new MessagingResponse.Builder().message(new Message.Builder(text).build()).build().toXml();

		assertThat(TwilioWebhooks.message(text)).isEqualTo(sdk);
	}
}
