package org.beacon.broadcast.cap;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.Wording;
import org.beacon.broadcast.issuing.BroadcastProperties;
import org.beacon.broadcast.store.Alert;
import org.beacon.geography.Circle;
import org.beacon.geography.Polygon;
import org.beacon.platform.BeaconProperties;
import org.springframework.stereotype.Component;

/**
 * Writes issued alerts as OASIS CAP 1.2 documents, and lists them in an Atom feed, so other alerting authorities
 * and aggregators can take them. Areas are written as ISO 3166 geocodes; a check-in says that it asks for an answer
 * ({@code responseType} Execute) and until when ({@code parameter} {@code beacon:answerBy}). Every text is written through
 * {@link XmlText}, so stored text (whatever path it came by) never makes a document fail.
 */
@Component
public class CapDocuments {

	public static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** CAP wants an explicit offset, never "Z". */
	static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	private static final XMLOutputFactory XML = XMLOutputFactory.newInstance();

	private final BroadcastProperties properties;

	private final String publicUrl;

	CapDocuments(BroadcastProperties properties, BeaconProperties beacon) {
		this.properties = properties;
		this.publicUrl = beacon.publicUrl();
	}

	static String identifier(Alert alert) {
		return "beacon-" + alert.id();
	}

	String url(Alert alert) {
		return publicUrl + "/cap/alerts/" + alert.id() + ".xml";
	}

	String alert(Alert alert, String senderName) {
		return alert(alert, senderName, null);
	}

	/**
	 * @param follows the alert an update follows, or null: an update is msgType Update and references it
	 */
	String alert(Alert alert, String senderName, Alert follows) {
		return xml(out -> {
			out.writeStartElement("alert");
			out.writeDefaultNamespace(CAP);
			text(out, "identifier", identifier(alert));
			text(out, "sender", properties.capSender());
			text(out, "sent", CAP_TIME.format(alert.issuedAt()));
			text(out, "status", "Actual");
			text(out, "msgType", follows == null ? "Alert" : "Update");
			text(out, "scope", "Public");
			if (follows != null) {
				text(out, "references", reference(follows));
			}
			info(out, alert, senderName, "en-US", new Wording(alert.title(), alert.body(), alert.smsText()));
			if (alert.spanish() != null) {
				info(out, alert, senderName, "es", alert.spanish());
			}
			out.writeEndElement();
		});
	}

	/**
	 * The Cancel message of a cancelled alert: a message of its own (identifier, time) that references the alert.
	 * It carries no info block: CAP receivers withdraw the referenced alert.
	 */
	String cancel(Alert alert, Instant cancelledAt) {
		return xml(out -> {
			out.writeStartElement("alert");
			out.writeDefaultNamespace(CAP);
			text(out, "identifier", identifier(alert) + "-cancel");
			text(out, "sender", properties.capSender());
			text(out, "sent", CAP_TIME.format(cancelledAt));
			text(out, "status", "Actual");
			text(out, "msgType", "Cancel");
			text(out, "scope", "Public");
			text(out, "note", "Cancelled: " + alert.title() + ". Messages not yet sent were stopped.");
			text(out, "references", reference(alert));
			out.writeEndElement();
		});
	}

	/** A CAP reference to an alert: sender, identifier and sent time, separated by commas. */
	String reference(Alert alert) {
		return properties.capSender() + "," + identifier(alert) + "," + CAP_TIME.format(alert.issuedAt());
	}

	String cancelUrl(Alert alert) {
		return publicUrl + "/cap/alerts/" + alert.id() + "/cancel.xml";
	}

	private void info(XMLStreamWriter out, Alert alert, String senderName, String language, Wording words)
			throws XMLStreamException {
		out.writeStartElement("info");
		text(out, "language", language);
		text(out, "category", CapCodes.category(alert.type()));
		text(out, "event", CapCodes.event(alert.type()));
		if (alert.answerBy() != null) {
			text(out, "responseType", CapCodes.CHECK_IN_RESPONSE);
		}
		text(out, "urgency", CapCodes.urgency(alert.severity()));
		text(out, "severity", CapCodes.severity(alert.severity()));
		text(out, "certainty", alert.type() == AlertType.TRAVEL_ADVISORY ? "Observed" : "Likely");
		text(out, "effective", CAP_TIME.format(alert.lifetime().effective()));
		if (alert.lifetime().expires() != null) {
			text(out, "expires", CAP_TIME.format(alert.lifetime().expires()));
		}
		text(out, "senderName", senderName);
		text(out, "headline", words.title());
		text(out, "description", words.body());
		text(out, "web", url(alert));
		if (alert.answerBy() != null) {
			out.writeStartElement("parameter");
			text(out, "valueName", CapCodes.ANSWER_BY);
			text(out, "value", CAP_TIME.format(alert.answerBy()));
			out.writeEndElement();
		}
		out.writeStartElement("area");
		text(out, "areaDesc", areaDescription(alert));
		for (Polygon polygon : alert.shapes().polygons()) {
			text(out, "polygon", CapCodes.polygon(polygon));
		}
		for (Circle circle : alert.shapes().circles()) {
			text(out, "circle", CapCodes.circle(circle));
		}
		for (String country : alert.countries()) {
			geocode(out, CapCodes.ISO_COUNTRY, country);
		}
		for (String region : alert.regions()) {
			geocode(out, CapCodes.ISO_REGION, region);
		}
		out.writeEndElement();
		out.writeEndElement();
	}

	/**
	 * An entry of the feed: an alert in force, or a cancelled one.
	 *
	 * @param cancelledAt when it was cancelled; null for an alert in force
	 */
	record FeedEntry(Alert alert, Instant cancelledAt) {

		Instant updated() {
			return cancelledAt == null ? alert.issuedAt() : cancelledAt;
		}
	}

	/**
	 * The feed: an alert in force links to its CAP document and says until when it is in force; a cancellation links
	 * to its Cancel message, under an id of its own (a reader that saw the alert sees a new entry).
	 */
	String atom(List<FeedEntry> entries, Instant now) {
		return xml(out -> {
			out.writeStartElement("feed");
			out.writeDefaultNamespace(ATOM);
			text(out, "id", publicUrl + "/cap/alerts.atom");
			text(out, "title", "Beacon alerts in force (CAP 1.2)");
			Instant updated = entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(now);
			text(out, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
			link(out, "self", publicUrl + "/cap/alerts.atom", "application/atom+xml");
			out.writeStartElement("author");
			text(out, "name", properties.capSender());
			out.writeEndElement();
			for (FeedEntry entry : entries) {
				Alert alert = entry.alert();
				out.writeStartElement("entry");
				if (entry.cancelledAt() == null) {
					text(out, "id", "urn:uuid:" + alert.id());
					text(out, "title", alert.title());
					text(out, "updated", DateTimeFormatter.ISO_INSTANT.format(alert.issuedAt()));
					link(out, "alternate", url(alert), "application/cap+xml");
					text(out, "summary", areaDescription(alert) + ": " + alert.smsText() + " " + inForce(alert));
				}
				else {
					text(out, "id", "urn:uuid:" + alert.id() + ":cancel");
					text(out, "title", "Cancelled: " + alert.title());
					text(out, "updated", DateTimeFormatter.ISO_INSTANT.format(entry.cancelledAt()));
					link(out, "alternate", cancelUrl(alert), "application/cap+xml");
					text(out, "summary", areaDescription(alert) + ": this alert was cancelled at "
							+ DateTimeFormatter.ISO_INSTANT.format(entry.cancelledAt()) + " and is no longer in force.");
				}
				out.writeEndElement();
			}
			out.writeEndElement();
		});
	}

	private static String inForce(Alert alert) {
		Instant expires = alert.lifetime().expires();
		return expires == null ? "(In force until the next change of the travel advisory.)"
				: "(In force until " + DateTimeFormatter.ISO_INSTANT.format(expires) + ".)";
	}

	private static String areaDescription(Alert alert) {
		StringBuilder description = new StringBuilder();
		for (String country : alert.countries()) {
			description.append(description.isEmpty() ? "" : ", ")
				.append(new Locale("", country).getDisplayCountry(Locale.ENGLISH));
		}
		if (!alert.regions().isEmpty()) {
			description.append(" (").append(String.join(", ", alert.regions())).append(')');
		}
		return description.toString();
	}

	private static void geocode(XMLStreamWriter out, String name, String value) throws XMLStreamException {
		out.writeStartElement("geocode");
		text(out, "valueName", name);
		text(out, "value", value);
		out.writeEndElement();
	}

	private static void link(XMLStreamWriter out, String rel, String href, String type) throws XMLStreamException {
		out.writeEmptyElement("link");
		out.writeAttribute("rel", rel);
		out.writeAttribute("href", XmlText.of(href));
		out.writeAttribute("type", type);
	}

	private static void text(XMLStreamWriter out, String element, String value) throws XMLStreamException {
		out.writeStartElement(element);
		out.writeCharacters(XmlText.of(value));
		out.writeEndElement();
	}

	private interface Body {
		void write(XMLStreamWriter out) throws XMLStreamException;
	}

	private static String xml(Body body) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter out = XML.createXMLStreamWriter(text);
			out.writeStartDocument("UTF-8", "1.0");
			body.write(out);
			out.writeEndDocument();
			out.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write XML", ex);
		}
		return text.toString();
	}
}
