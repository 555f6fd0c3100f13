package org.beacon.support.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Odd request headers: what a client accepts, its language, where it comes from, keys and tags of garbage. */
final class Headers {

	static final List<String> CONTENT_TYPES = List.of("application/json; charset=garbage",
			"application/json; charset=UTF-16", "application/json;;;", "application/json; charset=\"",
			"application/x-www-form-urlencoded; charset=ISO-8859-1", "multipart/form-data",
			"multipart/form-data; boundary=xyz", "text/plain", "application/xml", "text/xml; charset=bogus", "",
			"garbage", "*/*", "application/*", "application/cap+xml; charset=utf-8", "application/problem+json",
			"text/html", "application/octet-stream");

	private Headers() {
	}

	/** Each header present one time in seven; a Cookie of garbage is dropped for browsers, which have their own. */
	static Arbitrary<Map<String, String>> of(String ownOrigin) {
		List<Arbitrary<Optional<Map.Entry<String, String>>>> headers = new ArrayList<>();
		headers.add(maybe("Accept", Arbitraries.of("*/*", "application/json", "application/problem+json", "text/html",
				"application/xml", "text/event-stream", "application/cap+xml", "garbage", "*/*;q=x",
				"text/html;q=0, */*;q=0", "application/json;charset=ebcdic", "", ";;;", "image/png")));
		headers.add(maybe("Accept-Language", Arbitraries.oneOf(Arbitraries.of("en", "es", "fr", "xx-YY", "*",
				"en;q=garbage", ",,,", "zh-Hant-TW-x-private-abc", "es-419"), Garbage.small())));
		headers.add(maybe("Idempotency-Key", Garbage.small()));
		headers.add(maybe("Origin", Arbitraries.of("http://evil.example", "null", ownOrigin, "file://", "")));
		headers.add(maybe("Sec-Fetch-Site", Arbitraries.of("cross-site", "same-origin", "none", "same-site", "x")));
		headers.add(maybe("Sec-Fetch-Mode", Arbitraries.of("navigate", "cors", "no-cors")));
		headers.add(maybe("X-Forwarded-Host", Arbitraries.of("evil.example", "a b", "")));
		headers.add(maybe("If-None-Match", Garbage.small()));
		headers.add(maybe("If-Modified-Since", Arbitraries.of("yesterday", "Thu, 01 Jan 1970 00:00:00 GMT")));
		headers.add(maybe("Range", Arbitraries.of("bytes=garbage", "bytes=0-0,-1", "bytes=999999999-")));
		headers.add(maybe("X-HTTP-Method-Override", Arbitraries.of("DELETE", "PUT")));
		headers.add(maybe("User-Agent", Garbage.small()));
		headers.add(maybe("Cookie", Arbitraries.of("SESSION=garbage", "SESSION=", "=;=;", "a=\u0001")));
		return Combinators.combine(headers).as(entries -> {
			Map<String, String> map = new LinkedHashMap<>();
			entries.forEach(entry -> entry.ifPresent(header -> map.put(header.getKey(), header.getValue())));
			return map;
		});
	}

	private static Arbitrary<Optional<Map.Entry<String, String>>> maybe(String name, Arbitrary<String> values) {
		return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Optional.empty())),
				Tuple.of(1, values.map(value -> Optional.of(Map.entry(name, value)))));
	}
}
