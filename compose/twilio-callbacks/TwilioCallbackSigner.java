import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Signs the compose Twilio stub's status callbacks as Twilio does, and delivers them to Beacon's API.
 * <p>
 * WireMock (the stub) cannot compute an HMAC, so its webhooks POST each delivery report here, unsigned, with the
 * message's StatusCallback URL in the {@code X-Status-Callback} header. This adds {@code X-Twilio-Signature}:
 * Base64(HMAC-SHA1(auth token, URL + each form parameter's name and value, sorted by name)), computed over that URL
 * (Beacon's public URL, which it checks the signature against), and sends the form to the same path on
 * {@code BEACON_API_URL} (the API on the compose network). JDK only: {@code java TwilioCallbackSigner.java}.
 */
public class TwilioCallbackSigner {

	public static void main(String[] args) throws IOException {
		String authToken = required("TWILIO_AUTH_TOKEN");
		URI api = URI.create(required("BEACON_API_URL"));
		int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
		HttpClient http = HttpClient.newHttpClient();
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
		server.createContext("/health", exchange -> answer(exchange, 200, "ok"));
		server.createContext("/callbacks", exchange -> forward(exchange, authToken, api, http));
		server.start();
		System.out.println("Signing Twilio callbacks for " + api + " on port " + server.getAddress().getPort());
	}

	static void forward(HttpExchange exchange, String authToken, URI api, HttpClient http) throws IOException {
		String callback = exchange.getRequestHeaders().getFirst("X-Status-Callback");
		if (!"POST".equals(exchange.getRequestMethod()) || callback == null || callback.isBlank()) {
			answer(exchange, 400, "POST a form with the X-Status-Callback header");
			return;
		}
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		URI signed = URI.create(callback);
		URI target = api.resolve(signed.getRawPath() + (signed.getRawQuery() == null ? "" : "?" + signed.getRawQuery()));
		HttpRequest request = HttpRequest.newBuilder(target)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", signature(authToken, callback, parse(form)))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			System.out.println("Delivered a status callback to " + target + ": HTTP " + status);
			answer(exchange, status, "");
		}
		catch (IOException | InterruptedException ex) {
			System.out.println("Could not deliver a status callback to " + target + ": " + ex);
			answer(exchange, 502, String.valueOf(ex));
		}
	}

	/** Twilio's request signature of a form POST. */
	static String signature(String authToken, String url, Map<String, String> params) {
		StringBuilder data = new StringBuilder(url);
		params.forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, String> parse(String form) {
		Map<String, String> params = new TreeMap<>();
		for (String pair : form.split("&")) {
			if (!pair.isEmpty()) {
				int eq = pair.indexOf('=');
				String name = eq < 0 ? pair : pair.substring(0, eq);
				String value = eq < 0 ? "" : pair.substring(eq + 1);
				params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	static String required(String variable) {
		String value = System.getenv(variable);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(variable + " is not set");
		}
		return value;
	}
}
