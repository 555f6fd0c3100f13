package org.beacon.broadcast.cap;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.TextInput;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads a CAP 1.2 alert from another authority into the request staff would write: the English info (or the first),
 * its headline, description and instruction, its event and category as an alert type, its severity, and its area's
 * ISO 3166 geocodes as countries and regions. The document must be valid CAP 1.2, and its text must follow
 * {@link TextInput}'s rules as any request's: XML 1.0 carries DEL and the C1 controls, which no alert may hold.
 * <p>
 * A check-in's document (Beacon's own export among them) is accepted: its {@code responseType} and its
 * {@code beacon:answerBy} deadline are valid CAP and read past. What is imported is an alert, which asks nothing:
 * answers are taken only for a check-in staff start here, whose SMS carries the question.
 */
@Component
public class CapImport {

	private static final String IN_CAP = " (in the CAP alert)";

	private final Schema schema;

	private final Validator validator;

	CapImport(Validator validator) throws Exception {
		this.validator = validator;
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		this.schema = factory.newSchema(CapImport.class.getResource("cap-1.2.xsd"));
	}

	Schema schema() {
		return schema;
	}

	public IssueAlertRequest read(String document) {
		Document xml = parse(document);
		Element alert = xml.getDocumentElement();
		require("status", "Actual", text(alert, "status"), "only Actual alerts are imported");
		require("msgType", "Alert", text(alert, "msgType"),
				"only new alerts (Alert) are imported; Update and Cancel are not supported yet");
		Element info = englishInfo(alert);
		if (info == null) {
			throw new InvalidInputException("info", "the CAP alert has no info block to send");
		}
		// A title is one line; a headline or event wrapped in the document is read as the line it is.
		String headline = oneLine(text(info, "headline"));
		String event = oneLine(text(info, "event"));
		String description = text(info, "description");
		String instruction = text(info, "instruction");
		String body = join(description, instruction);
		if (body.isBlank()) {
			throw new InvalidInputException("info.description", "the CAP alert says nothing to send");
		}
		Set<String> countries = new LinkedHashSet<>();
		Set<String> regions = new LinkedHashSet<>();
		NodeList geocodes = info.getElementsByTagNameNS(CapDocuments.CAP, "geocode");
		for (int i = 0; i < geocodes.getLength(); i++) {
			Element geocode = (Element) geocodes.item(i);
			String name = text(geocode, "valueName");
			String value = text(geocode, "value").toUpperCase();
			if (CapCodes.ISO_COUNTRY.equalsIgnoreCase(name)) {
				countries.add(value);
			}
			else if (CapCodes.ISO_REGION.equalsIgnoreCase(name)) {
				regions.add(value);
				countries.add(value.substring(0, Math.min(2, value.length())));
			}
		}
		List<IssueAlertRequest.CircleArea> circles = new ArrayList<>();
		List<List<IssueAlertRequest.Point>> polygons = new ArrayList<>();
		try {
			NodeList nodes = info.getElementsByTagNameNS(CapDocuments.CAP, "circle");
			for (int i = 0; i < nodes.getLength(); i++) {
				circles.add(CapCodes.circle(nodes.item(i).getTextContent()));
			}
			nodes = info.getElementsByTagNameNS(CapDocuments.CAP, "polygon");
			for (int i = 0; i < nodes.getLength(); i++) {
				polygons.add(CapCodes.polygon(nodes.item(i).getTextContent()));
			}
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("info.area", "has a circle or polygon that is not \"lat,lon radius\" or "
					+ "\"lat,lon lat,lon ...\": " + ex.getMessage());
		}
		if (countries.isEmpty()) {
			throw new InvalidInputException("info.area", "has no ISO3166-1 or ISO3166-2 geocode; Beacon needs the "
					+ "countries an alert concerns, beside any circle or polygon");
		}
		IssueAlertRequest request = new IssueAlertRequest(CapCodes.type(event, text(info, "category")),
				CapCodes.severity(text(info, "severity")), headline.isBlank() ? event : headline, body, null,
				new IssueAlertRequest.Area(List.copyOf(countries), List.copyOf(regions), circles, polygons),
				Channel.chosen(), null, time(info, "effective"), time(info, "expires"), null);
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		for (TextInput.Flaw flaw : TextInput.check(request)) {
			violations.add(new InvalidInputException.Violation(flaw.field(), flaw.message() + IN_CAP));
		}
		for (ConstraintViolation<IssueAlertRequest> violation : validator.validate(request)) {
			violations.add(new InvalidInputException.Violation(violation.getPropertyPath().toString(),
					violation.getMessage() + IN_CAP));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return request;
	}

	private Document parse(String document) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			Document xml = builder.parse(new InputSource(new StringReader(document == null ? "" : document)));
			schema.newValidator().validate(new DOMSource(xml));
			return xml;
		}
		catch (Exception ex) {
			throw new InvalidInputException("body", "is not a valid CAP 1.2 alert: " + ex.getMessage());
		}
	}

	private static Element englishInfo(Element alert) {
		NodeList infos = alert.getElementsByTagNameNS(CapDocuments.CAP, "info");
		List<Element> all = new ArrayList<>();
		for (int i = 0; i < infos.getLength(); i++) {
			all.add((Element) infos.item(i));
		}
		return all.stream().filter(info -> {
			String language = text(info, "language");
			return language.isBlank() || language.toLowerCase().startsWith("en");
		}).findFirst().orElse(all.isEmpty() ? null : all.get(0));
	}

	private static void require(String field, String expected, String actual, String message) {
		if (!expected.equals(actual)) {
			throw new InvalidInputException(field, "'" + actual + "': " + message);
		}
	}

	private static String oneLine(String text) {
		return text.replaceAll("[ \t\r\n]+", " ");
	}

	private static String join(String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part.strip());
			}
		}
		return String.join("\n\n", present);
	}

	/** A CAP time (a date-time with its offset, as the schema checked) of the info block; null when absent. */
	private static Instant time(Element info, String name) {
		String value = text(info, name).strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("info." + name, "'" + value + "' is not a CAP time such as "
					+ "2026-12-01T14:00:00-00:00" + IN_CAP);
		}
	}

	/** The text of the first child element with this name, or "" when there is none. */
	private static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(CapDocuments.CAP, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				return nodes.item(i).getTextContent().strip();
			}
		}
		return "";
	}
}
