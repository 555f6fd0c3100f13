package org.beacon.support;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Advisory feeds written as the State Department writes them, for tests. */
public final class Feeds {

	private Feeds() {
	}

	public static String rss(String... items) {
		return """
				<?xml version="1.0" encoding="utf-8"?>
				<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
				  <channel>
				    <title>travel.state.gov: Travel Advisories</title>
				%s
				  </channel>
				</rss>""".formatted(Arrays.stream(items).collect(Collectors.joining("\n")));
	}

	/** An item with its Threat-Level category and a CDATA description. */
	public static String item(String fipsTag, String name, int level, String wording, String html) {
		return item(fipsTag, name, level, wording, html, "Thu, 31 Jul 2025 00:00:00 -0400");
	}

	public static String item(String fipsTag, String name, int level, String wording, String html, String pubDate) {
		return """
				    <item>
				      <title>%s - Level %d: %s</title>
				      <link>https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/%s-travel-advisory.html</link>
				      <pubDate>%s</pubDate>
				      <category domain="Threat-Level">Level %d: %s</category>
				      <category domain="Country-Tag">%s</category>
				      <description><![CDATA[%s]]></description>
				    </item>""".formatted(name, level, wording, name.toLowerCase().replace(' ', '-'), pubDate, level,
				wording, fipsTag, html);
	}

	/** The item with its link replaced, as a hostile or careless feed could write it. */
	public static String linked(String item, String link) {
		return item.replaceFirst("<link>[^<]*</link>", java.util.regex.Matcher.quoteReplacement("<link>" + link + "</link>"));
	}

	public static String mali(int level, String html) {
		return item("ML", "Mali", level, wording(level), html);
	}

	public static String wording(int level) {
		return switch (level) {
			case 1 -> "Exercise Normal Precautions";
			case 2 -> "Exercise Increased Caution";
			case 3 -> "Reconsider Travel";
			default -> "Do Not Travel";
		};
	}
}
