package org.beacon.support;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.beacon.platform.sandbox.FakeTwilioApi;
import org.beacon.platform.sandbox.FakeTwilioApi.MessageRequest;
import org.beacon.platform.sandbox.FakeTwilioApi.Taken;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock extension that has the Twilio fake ({@link FakeTwilioApi}) answer a call; what the stub defined besides
 * (a delay) stays. Stubs apply it by {@link #NAME}. It keeps the messages it took, as Twilio does, for its Messages
 * list: a message is taken when the call is answered, before any delay, so a caller that dies while it waits has
 * still had its message taken.
 */
final class FakeAnswers implements ResponseDefinitionTransformerV2 {

	static final String NAME = "fake-twilio";

	private final Queue<Taken> taken = new ConcurrentLinkedQueue<>();

	/** The messages taken, in the order they were. */
	List<Taken> taken() {
		return List.copyOf(taken);
	}

	void forget() {
		taken.clear();
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		Request request = event.getRequest();
		String path = request.getUrl().replaceFirst("\\?.*", "");
		String method = request.getMethod().value();
		FakeTwilioApi.Answer answer = FakeTwilioApi.isList(method, path)
				? FakeTwilioApi.list(path, request.getUrl().contains("?") ? request.getUrl().replaceFirst("^[^?]*\\?", "")
						: null, taken)
				: FakeTwilioApi.answer(method, path, request.getBodyAsString());
		// Calls are not messages: Twilio's Messages list never shows them.
		if (answer.accepted() && answer.sid().startsWith("SM")) {
			MessageRequest message = answer.request();
			taken.add(new Taken(answer.sid(), message.to(), message.from(), message.body(), Instant.now()));
		}
		return ResponseDefinitionBuilder.like(event.getResponseDefinition())
			.withStatus(answer.status())
			.withHeader("Content-Type", "application/json")
			.withBody(answer.json())
			.build();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}
}
