package org.beacon.support.fuzz;

import java.lang.reflect.AnnotatedType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.springframework.web.bind.annotation.RequestBody;

/**
 * Generates the requests for one endpoint from what it declares: its path variables, its parameters and form
 * objects, the body type it reads and the content types it takes; sent by each kind of visitor, with or without the
 * CSRF token of their session and, for Twilio's webhooks, with a valid signature, none or a forged one.
 */
public final class Requests {

	private enum Token {
		VALID, MISSING, FORGED
	}

	private record Body(String contentType, byte[] bytes, List<Map.Entry<String, String>> form) {
	}

	private final JsonBodies json;

	private final XmlBodies xml;

	private final FormBodies forms;

	private final Targets targets;

	private final TwilioSignature twilio;

	private final List<Visitor> programs;

	private final List<Visitor> browsers;

	private final String ownOrigin;

	public Requests(Fixtures fixtures, String twilioBaseUrl, String twilioAuthToken, String ownOrigin) {
		Plausible plausible = new Plausible(fixtures.fields());
		this.json = new JsonBodies(plausible);
		this.xml = new XmlBodies(fixtures.templates(), fixtures.secret());
		this.forms = new FormBodies(plausible, fixtures.undeclared());
		Map<String, List<String>> ids = fixtures.ids();
		List<Visitor> programs = fixtures.programs();
		List<Visitor> browsers = fixtures.browsers();
		this.targets = new Targets(ids, forms);
		this.twilio = new TwilioSignature(twilioBaseUrl, twilioAuthToken);
		this.programs = programs;
		this.browsers = browsers;
		this.ownOrigin = ownOrigin;
	}

	public Arbitrary<FuzzRequest> of(Endpoint endpoint) {
		List<Visitor> senders = switch (endpoint.kind()) {
			case API -> programs;
			case PAGE -> browsers;
			case OTHER -> java.util.stream.Stream.concat(programs.stream(), browsers.stream()).toList();
		};
		Arbitrary<String> method = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(endpoint.method())),
				Tuple.of(1, Arbitraries.of("PATCH", "PUT", "DELETE", "OPTIONS", "GET", "POST")));
		Arbitrary<Token> token = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(Token.VALID)),
				Tuple.of(1, Arbitraries.just(Token.MISSING)), Tuple.of(1, Arbitraries.just(Token.FORGED)));
		return Combinators.combine(Arbitraries.of(senders), targets.of(endpoint), Headers.of(ownOrigin),
				body(endpoint), method, token, Bytes.damage())
			.as((visitor, target, headers, body, verb, proof, damage) -> {
				Map<String, String> all = new LinkedHashMap<>(visitor.headers());
				all.putAll(headers);
				if (visitor.browser()) {
					all.remove("Cookie");
				}
				byte[] bytes = body.bytes();
				if (body.form() != null) {
					List<Map.Entry<String, String>> pairs = new ArrayList<>(body.form());
					if (visitor.csrf() != null && proof != Token.MISSING) {
						pairs.add(Map.entry("_csrf", proof == Token.VALID ? visitor.csrf() : "forged-token"));
					}
					String form = Targets.query(pairs);
					if (endpoint.pattern().startsWith("/webhooks/twilio/") && proof != Token.MISSING) {
						all.put("X-Twilio-Signature", proof == Token.VALID ? twilio.sign(target, form) : "Zm9yZ2Vk");
					}
					bytes = damage.apply(form.getBytes(StandardCharsets.US_ASCII));
				}
				if (body.contentType() != null) {
					all.put("Content-Type", body.contentType());
				}
				return new FuzzRequest(endpoint, visitor, verb, target, all, bytes);
			});
	}

	private Arbitrary<Body> body(Endpoint endpoint) {
		Arbitrary<String> odd = Arbitraries.of(Headers.CONTENT_TYPES);
		Arbitrary<Body> none = Arbitraries.just(new Body(null, new byte[0], null));
		Arbitrary<Body> garbage = json.of(null).map(bytes -> new Body("application/json", bytes, null));
		Arbitrary<Body> form = Combinators.combine(forms.of(endpoint),
				Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just("application/x-www-form-urlencoded")),
						Tuple.of(1, odd)))
			.as((pairs, type) -> new Body(type, null, pairs));
		AnnotatedType bodyType = Arrays.stream(endpoint.handler().getMethodParameters())
			.filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
			.map(parameter -> parameter.getParameter().getAnnotatedType())
			.findFirst().orElse(null);
		if (bodyType != null && bodyType.getType() != String.class) {
			Arbitrary<String> type = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("application/json")),
					Tuple.of(1, odd));
			return Arbitraries.frequencyOf(
					Tuple.of(12, Combinators.combine(type, json.of(bodyType)).as((t, b) -> new Body(t, b, null))),
					Tuple.of(1, form), Tuple.of(1, none));
		}
		if (bodyType != null) {
			Arbitrary<String> types = Arbitraries.frequencyOf(
					Tuple.of(10, Arbitraries.of(endpoint.consumes().stream().map(Object::toString).toList())),
					Tuple.of(1, odd));
			Arbitrary<Body> documents = Combinators.combine(types, xml.documents()).as((t, b) -> new Body(t, b, null));
			return Arbitraries.frequencyOf(Tuple.of(10, documents), Tuple.of(2, garbage), Tuple.of(1, none));
		}
		if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) {
			return Arbitraries.frequencyOf(Tuple.of(10, none), Tuple.of(1, garbage), Tuple.of(1, form));
		}
		if (endpoint.kind() == Endpoint.Kind.API && !endpoint.pattern().startsWith("/webhooks/")) {
			return Arbitraries.frequencyOf(Tuple.of(6, none), Tuple.of(2, garbage), Tuple.of(1, form));
		}
		return Arbitraries.frequencyOf(Tuple.of(12, form), Tuple.of(1, garbage), Tuple.of(1, none));
	}
}
