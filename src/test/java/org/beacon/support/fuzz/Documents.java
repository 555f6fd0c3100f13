package org.beacon.support.fuzz;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;

/**
 * The documents Beacon publishes for other authorities, read as they would read them: the Atom feed must answer and
 * be well-formed XML, and every alert's CAP document (and Cancel message) must answer and be valid CAP 1.2.
 */
public final class Documents {

	private static final String CAP_XSD = "/org/beacon/broadcast/cap/cap-1.2.xsd";

	private final String root;

	private final HttpClient client = HttpClient.newHttpClient();

	private final List<String> problems = new ArrayList<>();

	private int checked;

	public Documents(String root) {
		this.root = root;
	}

	/**
	 * Reads the feed and the documents of the published alerts and of the cancelled ones.
	 *
	 * @return what is wrong with them, empty when all is well
	 */
	public List<String> check(List<String> published, List<String> cancelled) throws Exception {
		Schema cap = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(Documents.class.getResource(CAP_XSD));
		read("/cap/alerts.atom", null);
		for (String id : published) {
			read("/cap/alerts/" + id + ".xml", cap);
		}
		for (String id : cancelled) {
			read("/cap/alerts/" + id + "/cancel.xml", cap);
		}
		return problems;
	}

	/** How many documents were read. */
	public int checked() {
		return checked;
	}

	private void read(String path, Schema schema) throws Exception {
		checked++;
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(root + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			problems.add(path + " answered " + response.statusCode() + ": " + response.body());
			return;
		}
		try {
			parse(response.body());
			if (schema != null) {
				schema.newValidator().validate(new StreamSource(new StringReader(response.body())));
			}
		}
		catch (Exception invalid) {
			problems.add(path + " is not valid: " + invalid.getMessage() + "\n" + response.body());
		}
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}
}
