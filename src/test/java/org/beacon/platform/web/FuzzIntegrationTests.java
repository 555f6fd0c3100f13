package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.subscribers.EmailConsent;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.ProviderVerifier;
import org.beacon.support.fuzz.Documents;
import org.beacon.support.fuzz.Endpoint;
import org.beacon.support.fuzz.Fixtures;
import org.beacon.support.fuzz.FuzzRequest;
import org.beacon.support.fuzz.Requests;
import org.beacon.support.fuzz.Sender;
import org.beacon.support.fuzz.Storage;
import org.beacon.support.fuzz.Verdicts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Property-based fuzzing of every endpoint the application maps (the API, the pages, the CAP and Atom documents,
 * Twilio's webhooks), found in its handler mapping so that a new endpoint is fuzzed without a word here. jqwik
 * generates the requests from what each endpoint declares, with a fixed seed ({@code -Dbeacon.fuzz.seed} to change
 * it, {@code -Dbeacon.fuzz.requests} for more): never a 5xx; a refusal of the API is problem+json and a page's is the
 * error page; a refused request stores nothing; and afterwards the Atom feed and every CAP document are valid.
 */
class FuzzIntegrationTests extends BeaconIntegrationTest {

	private static final long SEED = 20_261_201L;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Autowired
	private DeliveryProperties delivery;

	@Autowired
	private EmailConsent consent;

	@Autowired
	private MessageSource messages;

	@Test
	void everyEndpointAnswersMalformedInputWithoutFailingOrStoringPartOfIt() throws Exception {
		long seed = Long.getLong("beacon.fuzz.seed", SEED);
		int budget = Integer.getInteger("beacon.fuzz.requests", 1_500);
		String root = http.getRootUri();
		Fixtures fixtures = Fixtures.make(root, api(), new ProviderVerifier(SMTP, TWILIO), jdbc,
				consent::unsubscribeToken, this::awaitPipelineIdle);
		// Arbitraries are used outside a jqwik property (the Spring context is JUnit Jupiter's): a session holds
		// what they memoize, seeded so that the run repeats.
		JqwikSession.start(String.valueOf(seed));
		try {
			fuzz(fixtures, new Requests(fixtures, delivery.twilio().webhookBaseUrl(), delivery.twilio().authToken(),
					root), seed, budget);
		}
		finally {
			JqwikSession.finish();
		}
	}

	private void fuzz(Fixtures fixtures, Requests requests, long seed, int budget) throws Exception {
		String root = http.getRootUri();
		// Each endpoint as many times in the round as it has inputs to fuzz: documents most, then bodies, then the rest.
		List<RandomGenerator<FuzzRequest>> generators = Endpoint.all(mapping).stream()
			.flatMap(endpoint -> java.util.Collections.nCopies(endpoint.weight(), requests.of(endpoint).generator(1_000))
				.stream())
			.toList();
		Verdicts verdicts = new Verdicts(List.of(messages.getMessage("web.error.home", null, Locale.ENGLISH),
				messages.getMessage("web.error.home", null, Locale.forLanguageTag("es"))), fixtures.secretText());
		Storage storage = new Storage(jdbc);
		Sender sender = new Sender(root);
		Random random = new Random(seed);

		long started = System.nanoTime();
		Map<String, Object> before = storage.snapshot();
		for (int i = 0; i < budget; i++) {
			FuzzRequest request = generators.get(i % generators.size()).next(random).value();
			Sender.Answer answer = sender.send(request);
			Map<String, Object> after = storage.snapshot();
			Set<String> changed = Storage.changed(before, after);
			verdicts.judge(request, answer, changed);
			if (answer.status() < 400 && !request.method().equals("GET")) {
				// What it set off (fan-out, advisory alerts, messages) ends before the next request is judged.
				awaitPipelineIdle();
				after = storage.snapshot();
			}
			before = after;
		}

		Documents documents = new Documents(root);
		documents.check(jdbc.queryForList("SELECT id::text FROM alert WHERE status IN ('ISSUED', 'CANCELLED')",
				String.class), jdbc.queryForList("SELECT id::text FROM alert WHERE status = 'CANCELLED'", String.class))
			.forEach(problem -> verdicts.find("published documents", problem));
		if (storage.anyRowHolds(fixtures.secretText())) {
			verdicts.find("stored the secret file", "a row holds " + fixtures.secretText());
		}
		String summary = verdicts.summary() + "; " + documents.checked() + " published documents read; seed " + seed
				+ ", " + (System.nanoTime() - started) / 1_000_000 + " ms";
		System.out.println(summary);
		String findings = verdicts.report();
		if (!findings.isEmpty()) {
			System.out.println(findings);
			throw new AssertionError(summary + findings);
		}
		assertThat(verdicts.sent()).isGreaterThanOrEqualTo(Math.min(budget, 1_000));
	}
}
