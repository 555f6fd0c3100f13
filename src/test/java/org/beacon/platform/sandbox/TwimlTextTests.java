package org.beacon.platform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.messaging.Message;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;

/** The sandbox page shows what a person hears or reads of Beacon's TwiML, built here by the Twilio SDK as Beacon does. */
class TwimlTextTests {

	@Test
	void aCallSaysTheWordsOfEverySayTheGatheredQuestionIncludedWithEntitiesDecoded() {
		String twiml = new VoiceResponse.Builder()
			.say(new Say.Builder("U.S. Embassy Bamako & Beacon.").language(Say.Language.EN_US).build())
			.gather(new Gather.Builder().numDigits(1)
				.action("http://localhost:8080/webhooks/twilio/voice/gather?checkIn=1&subscriber=2")
				.say(new Say.Builder("Are you safe? If you are safe, press 1. If you need help, press 2.").build())
				.build())
			.build()
			.toXml();

		assertThat(twiml).contains("&amp;");
		assertThat(TwimlText.said(twiml)).containsExactly("U.S. Embassy Bamako & Beacon.",
				"Are you safe? If you are safe, press 1. If you need help, press 2.");
		assertThat(TwimlText.messages(twiml)).isEmpty();
	}

	@Test
	void anAnswerToATextSendsTheBodiesOfItsMessages() {
		String twiml = new MessagingResponse.Builder()
			.message(new Message.Builder("Thank you. We recorded that you are safe <and well>.").build())
			.build()
			.toXml();

		assertThat(TwimlText.messages(twiml)).containsExactly("Thank you. We recorded that you are safe <and well>.");
		assertThat(TwimlText.said(twiml)).isEmpty();
	}

	@Test
	void anEmptyResponseSaysNothing() {
		assertThat(TwimlText.messages("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>")).isEmpty();
		assertThat(TwimlText.said("<Response><Say>   </Say></Response>")).isEmpty();
		assertThat(TwimlText.said(null)).isEmpty();
		assertThat(TwimlText.said("")).isEmpty();
	}

	@Test
	void whatIsNoWellFormedXmlSaysNothing() {
		assertThat(TwimlText.said("<Response><Say>Are you safe?</Response>")).isEmpty();
		assertThat(TwimlText.messages("Thank you, we recorded that you are safe.")).isEmpty();
	}

	@Test
	void aDoctypeIsRefusedSoNoEntityReadsAFile() {
		String external = "<?xml version=\"1.0\"?><!DOCTYPE Response [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
				+ "<Response><Say>&x;</Say></Response>";

		assertThat(TwimlText.said(external)).isEmpty();
	}
}
