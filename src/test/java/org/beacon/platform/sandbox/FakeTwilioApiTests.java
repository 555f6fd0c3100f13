package org.beacon.platform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beacon.platform.sandbox.FakeTwilioApi.Answer;
import org.beacon.platform.sandbox.FakeTwilioApi.Taken;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.base.Page;
import com.twilio.exception.RestException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;

/** The Twilio fake speaks as the Twilio SDK expects Twilio to: its answers and signatures read with the SDK's own code. */
class FakeTwilioApiTests {

	static final String MESSAGES = "/2010-04-01/Accounts/ACtest/Messages.json";

	final ObjectMapper json = new ObjectMapper();

	@Test
	void takesAMessageWithAFreshSidAndAnswersWithTheMessage() {
		Answer answer = FakeTwilioApi.answer("POST", MESSAGES,
				"To=%2B22376000001&From=%2B15005550006&Body=Curfew+from+20%3A00&StatusCallback=http%3A%2F%2Fb%2Fs");

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.accepted()).isTrue();
		assertThat(answer.request()).isEqualTo(new FakeTwilioApi.MessageRequest("ACtest", "+22376000001",
				"+15005550006", "Curfew from 20:00", "http://b/s"));
		Message message = Message.fromJson(new ByteArrayInputStream(answer.json()), json);
		assertThat(message.getSid()).isEqualTo(answer.sid()).matches("SM[0-9a-f]{32}");
		assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
		assertThat(message.getTo()).isEqualTo("+22376000001");
		assertThat(message.getBody()).isEqualTo("Curfew from 20:00");
		assertThat(message.getDateCreated()).as("a date the SDK reads").isNotNull();
		assertThat(FakeTwilioApi.answer("POST", MESSAGES, "To=%2B22376000001&Body=x").sid()).isNotEqualTo(answer.sid());
	}

	@Test
	void aMessagingServiceIsTheSenderWhenThereIsNoFrom() {
		assertThat(FakeTwilioApi.answer("POST", MESSAGES, "To=%2B22376000001&MessagingServiceSid=MGabc&Body=x")
			.request().from()).isEqualTo("MGabc");
	}

	@Test
	void refusesANumberThatIsNotE164WithTwiliosError21211() {
		Answer answer = FakeTwilioApi.answer("POST", MESSAGES, "To=0612345678&Body=x");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.accepted()).isFalse();
		RestException error = RestException.fromJson(new ByteArrayInputStream(answer.json()), json);
		assertThat(error.getCode()).isEqualTo(21211);
		assertThat(error.getStatus()).isEqualTo(400);
		assertThat(error.getMessage()).contains("0612345678");
	}

	@Test
	void anythingButCreatingAMessageOrACallIsNotFound() {
		assertThat(FakeTwilioApi.answer("GET", MESSAGES, "").status()).isEqualTo(404);
		assertThat(FakeTwilioApi.answer("POST", "/2010-04-01/Accounts/ACtest/Queues.json", "FriendlyName=q")
			.status()).isEqualTo(404);
	}

	@Test
	void aCallIsPlacedWithItsTwimlAndOneWithoutIsRefused() {
		FakeTwilioApi.Answer placed = FakeTwilioApi.answer("POST", "/2010-04-01/Accounts/ACtest/Calls.json",
				"To=%2B22376000001&From=%2B15005550006&Twiml=%3CResponse%2F%3E");
		FakeTwilioApi.Answer without = FakeTwilioApi.answer("POST", "/2010-04-01/Accounts/ACtest/Calls.json",
				"To=%2B22376000001&From=%2B15005550006");

		assertThat(placed.status()).isEqualTo(201);
		assertThat(placed.sid()).startsWith("CA");
		assertThat(placed.request().body()).isEqualTo("<Response/>");
		assertThat(without.status()).isEqualTo(400);
	}

	@Test
	void anErrorIsTheJsonTwilioSends() {
		RestException error = RestException.fromJson(
				new ByteArrayInputStream(FakeTwilioApi.error(503, 20500, "Service \"unavailable\"")), json);

		assertThat(error.getCode()).isEqualTo(20500);
		assertThat(error.getMessage()).isEqualTo("Service \"unavailable\"");
		assertThat(error.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20500");
	}

	@Test
	void aCallbackSignatureIsOneTheSdksValidatorAccepts() {
		Map<String, String> params = Map.of("MessageSid", "SM1", "MessageStatus", "delivered", "To", "+22376000001");
		String url = "https://beacon.example/webhooks/twilio/status";
		String signature = FakeTwilioCallbacks.signature("token", url, params);

		assertThat(new RequestValidator("token").validate(url, params, signature)).isTrue();
		assertThat(new RequestValidator("other").validate(url, params, signature)).isFalse();
	}

	@Test
	void listsTheMessagesTakenToANumberSinceADateNewestFirstAPageAtATimeAsTheSdkReadsThem() throws Exception {
		Instant start = Instant.parse("2026-11-23T10:00:00Z");
		List<Taken> taken = List.of(new Taken("SM1", "+22376000001", "+15005550006", "Old", start.minusSeconds(60)),
				new Taken("SM2", "+22376000001", "+15005550006", "First", start),
				new Taken("SM3", "+22376000002", "+15005550006", "Other", start.plusSeconds(1)),
				new Taken("SM4", "+22376000001", "+15005550006", "Second", start.plusSeconds(2)));

		Answer first = FakeTwilioApi.list(MESSAGES,
				"To=%2B22376000001&DateSent%3E=2026-11-23T10%3A00%3A00&PageSize=1", taken);
		Page<Message> page = Page.fromJson("messages", new String(first.json(), StandardCharsets.UTF_8), Message.class,
				json);

		assertThat(first.status()).isEqualTo(200);
		assertThat(page.getRecords()).extracting(Message::getSid).containsExactly("SM4");
		assertThat(page.getRecords().get(0).getDateSent()).as("a date the SDK reads").isNotNull();
		assertThat(page.hasNextPage()).isTrue();
		String next = page.getNextPageUrl("https://api.twilio.com");
		Answer second = FakeTwilioApi.list(MESSAGES, URI.create(next).getRawQuery(), taken);
		Page<Message> last = Page.fromJson("messages", new String(second.json(), StandardCharsets.UTF_8),
				Message.class, json);
		assertThat(last.getRecords()).extracting(Message::getSid).containsExactly("SM2");
		assertThat(last.hasNextPage()).isFalse();
		assertThat(FakeTwilioApi.isList("GET", MESSAGES)).isTrue();
		assertThat(FakeTwilioApi.isList("POST", MESSAGES)).isFalse();
	}
}
