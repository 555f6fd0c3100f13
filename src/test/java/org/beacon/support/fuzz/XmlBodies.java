package org.beacon.support.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * XML bodies for an operation that reads documents (the CAP import, the advisory feed): real documents with their
 * text replaced by garbage, and the attacks on XML parsers — external entities (a file holding a secret, a local
 * address), parameter entities, external DTDs, XInclude, entity expansion bombs — and documents that are not XML.
 */
public final class XmlBodies {

	private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");

	private final List<String> templates;

	private final String secretUrl;

	/** @param secret a file whose content no answer and no stored row may ever hold */
	public XmlBodies(List<String> templates, Path secret) {
		this.templates = templates;
		this.secretUrl = secret.toUri().toString();
	}

	public Arbitrary<byte[]> documents() {
		Arbitrary<String> mutated = Combinators
			.combine(Arbitraries.of(templates), Arbitraries.integers().between(0, 40), Garbage.strings(),
					Arbitraries.of(true, false))
			.as((template, at, garbage, escape) -> replaceText(template, at, escape ? escape(garbage) : garbage));
		Arbitrary<String> attacked = Combinators
			.combine(Arbitraries.of(templates), Arbitraries.integers().between(0, 40), Arbitraries.of(attacks()))
			.as((template, at, attack) -> attack[0] + replaceText(stripProlog(template), at, attack[1]));
		Arbitrary<String> broken = Arbitraries.of("", "not xml", "<alert>", "<a></b>", "<?xml version=\"1.0\"?>",
				"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>&#0;&#1;</identifier></alert>",
				"<?xml version=\"1.1\"?><rss><channel><title>&#1;</title></channel></rss>",
				"<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss/>", "<?xml version=\"1.0\" encoding=\"bogus\"?><rss/>",
				"<![CDATA[", "<a:b/>", "<?php echo 1; ?><rss/>", "{\"items\": []}",
				"<rss>" + "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</rss>",
				"<rss a=\"" + "A".repeat(1 << 20) + "\"/>");
		return Arbitraries.frequencyOf(Tuple.of(4, mutated), Tuple.of(6, attacked), Tuple.of(2, broken))
			.flatMap(text -> Combinators.combine(Bytes.damage(), Arbitraries.integers())
				.as((damage, choice) -> damage.apply(Bytes.invalidUtf8(text, choice))));
	}

	/** {prolog, text to put in the document}: each reaches outside the document or expands past any limit. */
	private List<String[]> attacks() {
		String laughs = "<!DOCTYPE alert [<!ENTITY l0 \"lol\">" + lols() + "]>";
		return List.of(new String[] { "<!DOCTYPE alert [<!ENTITY xxe SYSTEM \"" + secretUrl + "\">]>", "&xxe;" },
				new String[] { "<!DOCTYPE alert [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">]>", "&xxe;" },
				new String[] { "<!DOCTYPE alert [<!ENTITY % p SYSTEM \"" + secretUrl + "\"> %p;]>", "x" },
				new String[] { "<!DOCTYPE alert SYSTEM \"" + secretUrl + "\">", "x" },
				new String[] { "<!DOCTYPE alert SYSTEM \"http://127.0.0.1:9/cap.dtd\">", "x" },
				new String[] { laughs, "&l9;" },
				new String[] { "<!DOCTYPE alert [<!ENTITY a \"" + "A".repeat(50_000) + "\">]>", "&a;".repeat(10_000) },
				new String[] { "", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secretUrl
						+ "\" parse=\"text\"/>" },
				new String[] { "<!DOCTYPE alert [<!ENTITY e \"&#60;b&#62;\">]>", "&e;" },
				new String[] { "", "&undefined;" }, new String[] { "", "<![CDATA[" + Garbage.NOT_UTF8 + "\u0001]]>" });
	}

	private static String lols() {
		StringBuilder entities = new StringBuilder();
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		return entities.toString();
	}

	/** The document with its {@code at}-th text node (counted round) replaced by {@code text}, as it is. */
	static String replaceText(String document, int at, String text) {
		Matcher matcher = TEXT.matcher(document);
		List<int[]> spans = new java.util.ArrayList<>();
		while (matcher.find()) {
			if (!matcher.group(1).isBlank()) {
				spans.add(new int[] { matcher.start(1), matcher.end(1) });
			}
		}
		if (spans.isEmpty()) {
			return document;
		}
		int[] span = spans.get(at % spans.size());
		return document.substring(0, span[0]) + text + document.substring(span[1]);
	}

	private static String stripProlog(String document) {
		return document.strip().replaceFirst("^<\\?xml[^>]*\\?>", "");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
