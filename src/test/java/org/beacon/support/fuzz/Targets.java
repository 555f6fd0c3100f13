package org.beacon.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Where a request goes: the endpoint's path with each variable filled with an id the test made (the citizen, an
 * alert, the post it owns) or with garbage, and a query string of the handler's parameters or of garbage.
 */
final class Targets {

	/** Percent-encoded, so valid in a URI, but hostile: traversal, NUL, encoded slashes, sequences not UTF-8. */
	private static final List<String> HOSTILE = List.of("..", ".", "%2F", "%2e%2e", "%00", "%C0%AF", "%FF",
			"%ED%A0%80", "%E2%80%A8", "%25", "a;b=c", ";jsessionid=x", "%5C", "%0D%0A", "x".repeat(5_000), "-1",
			"99999999999999999999", "null", "00000000-0000-0000-0000-000000000000", "%7B%7D", "%20");

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private final Map<String, List<String>> ids;

	private final FormBodies forms;

	/**
	 * @param ids valid values of path variables, by the segment before the variable and its name ("alerts/id"), or by
	 *     its name alone
	 */
	Targets(Map<String, List<String>> ids, FormBodies forms) {
		this.ids = ids;
		this.forms = forms;
	}

	Arbitrary<String> of(Endpoint endpoint) {
		List<Arbitrary<String>> values = new ArrayList<>();
		for (String variable : endpoint.variables()) {
			values.add(variable(endpoint, variable));
		}
		Arbitrary<String> path = values.isEmpty() ? Arbitraries.just(endpoint.pattern())
				: Combinators.combine(values).as(endpoint::path);
		boolean read = endpoint.method().equals("GET") || endpoint.method().equals("DELETE");
		Arbitrary<String> declared = forms.of(endpoint).map(Targets::query);
		Arbitrary<String> garbage = Combinators.combine(Garbage.keys(), Garbage.small()).as(Map::entry).list()
			.ofMinSize(1).ofMaxSize(3).map(Targets::query);
		Arbitrary<String> query = read ? Arbitraries.frequencyOf(Tuple.of(6, declared), Tuple.of(1, garbage))
				: Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")), Tuple.of(1, garbage));
		return Combinators.combine(path, query).as((p, q) -> q.isEmpty() ? p : p + "?" + q);
	}

	private Arbitrary<String> variable(Endpoint endpoint, String variable) {
		String pattern = endpoint.pattern();
		String before = pattern.substring(0, pattern.indexOf("{" + variable));
		String trimmed = before.endsWith("/") ? before.substring(0, before.length() - 1) : before;
		String segment = trimmed.substring(trimmed.lastIndexOf('/') + 1);
		List<String> valid = ids.getOrDefault(segment + "/" + variable, ids.getOrDefault(variable, List.of()));
		Arbitrary<String> unknown = Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong())
			.toString());
		Arbitrary<String> malformed = Arbitraries.frequencyOf(Tuple.of(3, Garbage.small().map(Targets::encode)),
				Tuple.of(2, Arbitraries.of(HOSTILE)), Tuple.of(1, unknown));
		return valid.isEmpty() ? malformed
				: Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(valid).map(Targets::encode)),
						Tuple.of(2, malformed));
	}

	static String query(List<Map.Entry<String, String>> pairs) {
		StringBuilder query = new StringBuilder();
		pairs.forEach(pair -> query.append(query.isEmpty() ? "" : "&").append(encode(pair.getKey())).append('=')
			.append(encode(pair.getValue())));
		return query.toString();
	}

	/**
	 * Percent-encodes all but the unreserved characters, as UTF-8; each {@link Garbage#NOT_UTF8} becomes the escape
	 * of a sequence that is not UTF-8.
	 */
	static String encode(String text) {
		byte[] bytes = Bytes.invalidUtf8(text, text.length());
		StringBuilder encoded = new StringBuilder(bytes.length * 3);
		for (byte b : bytes) {
			char c = (char) (b & 0xFF);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
			}
		}
		return encoded.toString();
	}
}
