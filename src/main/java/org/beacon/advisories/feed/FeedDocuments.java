package org.beacon.advisories.feed;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.beacon.platform.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the State Department's advisory feed in either of its forms: the RSS document ({@code TAsTWs.xml}) or the
 * JSON array of the travel advisories API. A document that cannot be read at all is refused; its items are
 * interpreted one by one later, so one bad item spoils nothing else.
 */
final class FeedDocuments {

	private static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final Pattern FIPS_TAG = Pattern.compile("[A-Z]{2}");

	private static final ObjectMapper JSON = new ObjectMapper();

	private FeedDocuments() {
	}

	static List<FeedItem> read(String document) {
		String body = document == null ? "" : document.strip();
		if (body.isEmpty()) {
			throw new InvalidInputException("body", "is empty; send the advisory feed as RSS or JSON");
		}
		return body.startsWith("[") || body.startsWith("{") ? json(body) : rss(body);
	}

	private static List<FeedItem> rss(String body) {
		Document xml;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// Feeds come from outside: no DTDs, no external entities.
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			xml = builder.parse(new InputSource(new StringReader(body)));
		}
		catch (Exception ex) {
			throw new InvalidInputException("body", "is not a readable RSS document: " + ex.getMessage());
		}
		List<FeedItem> items = new ArrayList<>();
		NodeList nodes = xml.getElementsByTagName("item");
		for (int i = 0; i < nodes.getLength(); i++) {
			items.add(item((Element) nodes.item(i)));
		}
		return items;
	}

	private static FeedItem item(Element item) {
		String tag = null;
		String threatLevel = null;
		List<String> categories = new ArrayList<>();
		NodeList nodes = item.getElementsByTagName("category");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element category = (Element) nodes.item(i);
			String domain = category.getAttribute("domain");
			String value = category.getTextContent().strip();
			if ("Country-Tag".equalsIgnoreCase(domain)) {
				tag = value;
			}
			else if ("Threat-Level".equalsIgnoreCase(domain)) {
				threatLevel = value;
			}
			else {
				categories.add(value);
			}
		}
		NodeList identifiers = item.getElementsByTagNameNS(DC, "identifier");
		String identifier = identifiers.getLength() == 0 ? null : identifiers.item(0).getTextContent().strip();
		return new FeedItem(tag, text(item, "title"), text(item, "link"), text(item, "pubDate"),
				text(item, "description"), threatLevel, identifier, categories);
	}

	private static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
	}

	private static List<FeedItem> json(String body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException("body", "is not readable JSON: " + ex.getOriginalMessage());
		}
		if (!root.isArray()) {
			throw new InvalidInputException("body", "must be the JSON array of travel advisories");
		}
		List<FeedItem> items = new ArrayList<>();
		for (JsonNode node : root) {
			String tag = null;
			String threatLevel = null;
			List<String> categories = new ArrayList<>();
			for (JsonNode category : node.path("Category")) {
				String value = category.asText().strip();
				if (tag == null && FIPS_TAG.matcher(value).matches()) {
					tag = value;
				}
				else if (value.startsWith("Level ")) {
					threatLevel = value;
				}
				else {
					categories.add(value);
				}
			}
			String published = node.hasNonNull("Updated") ? node.get("Updated").asText()
					: node.path("Published").asText(null);
			items.add(new FeedItem(tag, node.path("Title").asText(null), node.path("Link").asText(null), published,
					node.path("Summary").asText(null), threatLevel, node.path("id").asText(null), categories));
		}
		return items;
	}
}
