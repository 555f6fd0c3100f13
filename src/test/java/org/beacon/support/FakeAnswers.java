package org.beacon.support;

import org.beacon.platform.sandbox.FakeTwilioApi;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock extension that has the Twilio fake ({@link FakeTwilioApi}) answer a call; what the stub defined besides
 * (a delay) stays. Stubs apply it by {@link #NAME}.
 */
final class FakeAnswers implements ResponseDefinitionTransformerV2 {

	static final String NAME = "fake-twilio";

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		Request request = event.getRequest();
		FakeTwilioApi.Answer answer = FakeTwilioApi.answer(request.getMethod().value(),
				request.getUrl().replaceFirst("\\?.*", ""), request.getBodyAsString());
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
