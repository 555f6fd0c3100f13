package org.beacon.support.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Text and JSON values no careful client sends: the raw material of the fuzzed requests. */
public final class Garbage {

	/**
	 * Stands in a generated text for a byte sequence that is not UTF-8: {@link Bytes#invalidUtf8} swaps its UTF-8
	 * encoding for one once the request is encoded.
	 */
	public static final String NOT_UTF8 = "\uE000";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Characters a text field must refuse or keep safely: C0/C1 controls, separators, lone surrogates, BOMs. */
	static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029",
			"\uD800", "\uDC00", "\uDBFFx", "\uFFFE", "\uFFFF", "\uFEFF", "\u200B", "\u202E", "\r\n", "\t", "\u000B",
			"\u000C", "\r\nX-Injected: 1", NOT_UTF8);

	private static final List<String> NASTY = List.of("", " ", "null", "undefined", "true", "0", "-1", "1e309", "NaN",
			"99999999999999999999999999", "0x1F", "' OR '1'='1", "\"; DROP TABLE subscriber; --",
			"<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1/a}", "${7*7}", "[[${7*7}]]",
			"__${T(java.lang.Runtime).getRuntime()}__::.x", "../../../../etc/passwd", "%00", "%", "%%32%65", "\\",
			"\uD83D\uDE00", "a" + "\u0301".repeat(300), "\u202Eevil", "İı", "ß", "\uFF1Cscript\uFF1E",
			"00000000-0000-0000-0000-000000000000", "2026-02-30", "+999999-12-31", "-1-01-01", "ML", "ML-5", "XK",
			"zz", "+223", "+" + "9".repeat(40), "a@b", "x@example.org\r\nBcc: y@example.org", "EMAIL", "email",
			"SMS,EMAIL", "APPROVE", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

	private Garbage() {
	}

	/** Any text: unicode of every plane (lone surrogates too), control characters, injections, huge ones. */
	public static Arbitrary<String> strings() {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().all().ofMaxLength(24)),
				Tuple.of(5, controlled()), Tuple.of(4, Arbitraries.of(NASTY)), Tuple.of(1, huge()));
	}

	/**
	 * Like {@link #strings()}, but huge only one time in fifty: for addresses and headers, where a huge value is a
	 * request Tomcat refuses before Beacon reads it, and one kind of refusal is enough.
	 */
	public static Arbitrary<String> small() {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().all().ofMaxLength(24)),
				Tuple.of(5, controlled()), Tuple.of(4, Arbitraries.of(NASTY)),
				Tuple.of(1, Arbitraries.frequencyOf(Tuple.of(49, Arbitraries.of(NASTY)), Tuple.of(1, huge()))));
	}

	/** Ordinary words with control characters (or bytes that are no UTF-8) spliced in. */
	public static Arbitrary<String> controlled() {
		return Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10),
				Arbitraries.of(CONTROLS).list().ofMinSize(1).ofMaxSize(3), Arbitraries.strings().alpha().ofMaxLength(10))
			.as((before, controls, after) -> before + String.join("", controls) + after);
	}

	/**
	 * 10 KB to 1 MB of one character, as sent: percent-encoded in a form or a URL a character other than a letter
	 * takes three times its bytes, and a form past Tomcat's 2 MB is not read at all.
	 */
	public static Arbitrary<String> huge() {
		return Combinators.combine(Arbitraries.integers().between(10_000, 1 << 20),
				Arbitraries.of("A", "é", "\u2028", "<", "%", "\uD83D\uDE00"))
			.as((bytes, unit) -> unit.repeat(unit.equals("A") ? bytes
					: bytes / (3 * unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)));
	}

	/** Any JSON value, up to {@code depth} levels of arrays and objects. */
	public static Arbitrary<JsonNode> json(int depth) {
		Arbitrary<JsonNode> scalar = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(NODES.nullNode())),
				Tuple.of(1, Arbitraries.of(true, false).map(NODES::booleanNode)),
				Tuple.of(2, numbers()), Tuple.of(4, strings().map(NODES::textNode)));
		if (depth <= 0) {
			return scalar;
		}
		Arbitrary<JsonNode> array = json(depth - 1).list().ofMaxSize(3).map(values -> {
			ArrayNode node = NODES.arrayNode();
			values.forEach(node::add);
			return node;
		});
		Arbitrary<JsonNode> object = Arbitraries.maps(keys(), json(depth - 1)).ofMaxSize(3)
			.map(fields -> {
				ObjectNode node = NODES.objectNode();
				fields.forEach(node::set);
				return node;
			});
		return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, array), Tuple.of(1, object));
	}

	/** Names of fields nobody declared. */
	public static Arbitrary<String> keys() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
				Arbitraries.of("__proto__", "constructor", "", "$ref", "@type", "@class", "id", "class", "status"));
	}

	/** Arrays or objects nested 100 to 100,000 levels deep. */
	public static Arbitrary<byte[]> deep() {
		return Combinators.combine(Arbitraries.of(100, 1_000, 1_001, 10_000, 100_000), Arbitraries.of(true, false))
			.as((depth, arrays) -> ((arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth))
				.getBytes(StandardCharsets.UTF_8));
	}

	/** Numbers at and past the edges of what Java types hold. */
	public static Arbitrary<JsonNode> numbers() {
		return Arbitraries.oneOf(Arbitraries.integers().map(NODES::numberNode),
				Arbitraries.longs().map(NODES::numberNode), Arbitraries.doubles().map(NODES::numberNode),
				Arbitraries.of("1e400", "-1e400", "1e-400", "-0", "123456789012345678901234567890.5")
					.map(text -> NODES.numberNode(new BigDecimal(text))),
				Arbitraries.just(NODES.numberNode(BigInteger.TWO.pow(200))));
	}
}
