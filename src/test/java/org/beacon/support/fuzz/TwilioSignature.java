package org.beacon.support.fuzz;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.beacon.platform.sandbox.FakeTwilioCallbacks;

/**
 * Signs a webhook call as Twilio does (with the Twilio fake's {@link FakeTwilioCallbacks#signature}),
 * so that fuzzed callbacks get past the signature check to the code that reads their fields.
 */
final class TwilioSignature {

	private final String baseUrl;

	private final String authToken;

	TwilioSignature(String baseUrl, String authToken) {
		this.baseUrl = baseUrl;
		this.authToken = authToken;
	}

	/** The signature of a call to {@code target} (path and query) with this form body, as the server reads it. */
	String sign(String target, String form) {
		Map<String, String> params = new TreeMap<>();
		int question = target.indexOf('?');
		if (question >= 0) {
			read(target.substring(question + 1), params);
		}
		read(form, params);
		return FakeTwilioCallbacks.signature(authToken, baseUrl + target, params);
	}

	private static void read(String encoded, Map<String, String> params) {
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			try {
				String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				params.putIfAbsent(name, value);
			}
			catch (IllegalArgumentException malformed) {
				// The server drops what it cannot decode; the signature will not match, which is the point.
			}
		}
	}
}
