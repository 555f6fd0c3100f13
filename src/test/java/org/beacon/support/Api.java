package org.beacon.support;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls Beacon's HTTP API as a client would, returning status and parsed JSON. */
public final class Api {

	public static final String OFFICER = "duty-officer";

	public static final String PASSWORD = "beacon-dev";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final TestRestTemplate http;

	private final Verifier verifier;

	/** An API client whose enrollments stay unverified (their contact points get no alerts). */
	public Api(TestRestTemplate http) {
		this(http, null);
	}

	/** An API client that verifies the contact points of every citizen it enrolls, with {@code verifier}. */
	public Api(TestRestTemplate http, Verifier verifier) {
		this.http = http;
		this.verifier = verifier;
	}

	public record Response(int status, HttpHeaders headers, JsonNode body) {

		public String contentType() {
			MediaType type = headers.getContentType();
			return type == null ? null : type.toString();
		}
	}

	/** Enrolls, then (with a verifier) verifies every contact point enrolled, as the citizen would. */
	public Response enroll(Object request) {
		Response response = enrollUnverified(request);
		if (verifier != null && response.status() == 201) {
			JsonNode subscriber = response.body().get("subscriber");
			verifier.verify(this, response.body().get("id").asText(), response.body().get("token").asText(),
					text(subscriber, "email"), text(subscriber, "phone"));
		}
		return response;
	}

	/** Enrolls and leaves the contact points unverified. */
	public Response enrollUnverified(Object request) {
		return exchange(HttpMethod.POST, "/api/v1/subscribers", request, new HttpHeaders());
	}

	/** POSTs a JSON body without credentials. */
	public Response post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body, new HttpHeaders());
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	public Response issueAlert(Object request) {
		return exchange(HttpMethod.POST, "/api/v1/alerts", request, staff(OFFICER, PASSWORD));
	}

	public Response issueAlertAs(String user, String password, Object request) {
		return exchange(HttpMethod.POST, "/api/v1/alerts", request, user == null ? new HttpHeaders() : staff(user, password));
	}

	public Response alert(String id) {
		return exchange(HttpMethod.GET, "/api/v1/alerts/" + id, null, staff(OFFICER, PASSWORD));
	}

	public Response subscriber(HttpMethod method, String id, String token, Object body) {
		HttpHeaders headers = new HttpHeaders();
		if (token != null) {
			headers.setBearerAuth(token);
		}
		return exchange(method, "/api/v1/subscribers/" + id, body, headers);
	}

	public static final String ADMIN = "admin";

	/** Posts an advisory feed (RSS or JSON) as the administrator. */
	public Response postFeed(String document) {
		return postFeedAs(ADMIN, PASSWORD, document);
	}

	public Response postFeedAs(String user, String password, String document) {
		return postFeed(user, password, document, "/api/v1/advisories/feed");
	}

	/** Posts the whole feed: countries missing from it count as absent. */
	public Response postCompleteFeed(String document) {
		return postFeed(ADMIN, PASSWORD, document, "/api/v1/advisories/feed?complete=true");
	}

	private Response postFeed(String user, String password, String document, String path) {
		HttpHeaders headers = user == null ? new HttpHeaders() : staff(user, password);
		headers.setContentType(document.strip().startsWith("<") ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON);
		return send(HttpMethod.POST, path, document, headers);
	}

	/** Sends a body as it is, with its content type: XML documents, feeds. */
	public Response postText(String path, String text, MediaType type, HttpHeaders headers) {
		headers.setContentType(type);
		return send(HttpMethod.POST, path, text, headers);
	}

	/** A GET whose answer is not JSON. */
	public ResponseEntity<String> getText(String path) {
		return http.getForEntity(path, String.class);
	}

	/** A POST with a JSON body. */
	public Response postJson(String path, Object body, HttpHeaders headers) {
		return exchange(HttpMethod.POST, path, body, headers);
	}

	/** A PUT with a JSON body. */
	public Response put(String path, Object body, HttpHeaders headers) {
		return exchange(HttpMethod.PUT, path, body, headers);
	}

	public Response post(String path, HttpHeaders headers) {
		return exchange(HttpMethod.POST, path, null, headers);
	}

	public Response get(String path, HttpHeaders headers) {
		return exchange(HttpMethod.GET, path, null, headers);
	}

	/** The enrollment's management token, as the API takes it: {@code Authorization: Bearer <token>}. */
	public static HttpHeaders bearer(String token) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		return headers;
	}

	public static HttpHeaders staff(String user, String password) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		return headers;
	}

	private Response exchange(HttpMethod method, String path, Object body, HttpHeaders headers) {
		try {
			headers.setContentType(MediaType.APPLICATION_JSON);
			return send(method, path, body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body),
					headers);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Response send(HttpMethod method, String path, String text, HttpHeaders headers) {
		try {
			ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(text, headers), String.class);
			JsonNode node = parse(response);
			return new Response(response.getStatusCode().value(), response.getHeaders(), node);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode parse(ResponseEntity<String> response) {
		if (response.getBody() == null) {
			return JSON.nullNode();
		}
		try {
			return JSON.readTree(response.getBody());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Not JSON (" + response.getStatusCode() + "): " + response.getBody(), ex);
		}
	}

	/** A JSON object literal from alternating keys and values. */
	public static Map<String, Object> json(Object... keysAndValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
