package org.beacon.platform.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a person hears or reads of Beacon's TwiML, for the sandbox page, which shows no XML: the words of its
 * {@code <Say>} verbs (a call; those inside a {@code <Gather>} too) and the bodies of its {@code <Message>} verbs (the
 * answer to a text), in document order, entities decoded and SSML tags dropped. TwiML that is no well-formed XML, or
 * that declares a DOCTYPE (which TwiML never does; it could make a parser read files), says nothing.
 */
public final class TwimlText {

	private TwimlText() {
	}

	/** The words the call says, each {@code <Say>}'s on its own, trimmed; empty when it says nothing. */
	public static List<String> said(String twiml) {
		return texts(twiml, "Say");
	}

	/** The texts the answer sends back, each {@code <Message>}'s body, trimmed; empty when it sends none. */
	public static List<String> messages(String twiml) {
		return texts(twiml, "Message");
	}

	private static List<String> texts(String twiml, String verb) {
		Document document = parse(twiml);
		if (document == null) {
			return List.of();
		}
		NodeList found = document.getElementsByTagName(verb);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < found.getLength(); i++) {
			// A <Message> keeps its words in a <Body> when it has media too; the text content covers both.
			String text = found.item(i).getTextContent().strip();
			if (!text.isEmpty()) {
				texts.add(text);
			}
		}
		return List.copyOf(texts);
	}

	private static Document parse(String twiml) {
		if (twiml == null || twiml.isBlank()) {
			return null;
		}
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			// The parser's default handler prints malformed input to standard error; the caller learns of it by the
			// empty answer.
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new InputSource(new StringReader(twiml)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			return null;
		}
	}
}
