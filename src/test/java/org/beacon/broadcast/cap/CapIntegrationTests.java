package org.beacon.broadcast.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;

public class CapIntegrationTests extends BeaconIntegrationTest {

	static final MediaType CAP = MediaType.parseMediaType("application/cap+xml");

	@Test
	void publishesAnIssuedAlertAsValidCap() throws Exception {
		String id = issue("ML-5");

		ResponseEntity<String> response = api().getText("/cap/alerts/" + id + ".xml");

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/cap+xml");
		String cap = response.getBody();
		assertThatCode(() -> schema().newValidator().validate(new StreamSource(new StringReader(cap))))
			.doesNotThrowAnyException();
		assertThat(cap).contains("<identifier>beacon-" + id + "</identifier>").contains("<msgType>Alert</msgType>")
			.contains("<severity>Severe</severity>").contains("<category>Security</category>")
			.contains("<senderName>U.S. Embassy Bamako</senderName>")
			.contains("<valueName>ISO3166-2</valueName><value>ML-5</value>")
			.containsPattern("<sent>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00</sent>")
			.as("an alert that asks nothing").doesNotContain("<responseType>").doesNotContain("<parameter>");
	}

	@Test
	void publishesACheckInWithItsResponseTypeAndDeadlineAsValidCap() throws Exception {
		Instant deadline = clock.instant().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS);
		String id = startCheckIn(deadline);

		String cap = api().getText("/cap/alerts/" + id + ".xml").getBody();

		assertThatCode(() -> schema().newValidator().validate(new StreamSource(new StringReader(cap))))
			.doesNotThrowAnyException();
		assertThat(cap).contains("<event>Security Alert</event><responseType>Execute</responseType>")
			.contains("<parameter><valueName>beacon:answerBy</valueName><value>"
					+ CapDocuments.CAP_TIME.format(deadline) + "</value></parameter>");
	}

	@Test
	void importsACheckInsCapAsAnAlertThatAsksNothing() {
		String id = startCheckIn(clock.instant().plus(Duration.ofHours(6)));
		String cap = api().getText("/cap/alerts/" + id + ".xml").getBody();

		Api.Response imported = api().postText("/api/v1/alerts/cap", cap, CAP, Api.staff(Api.OFFICER, Api.PASSWORD));

		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(202);
		assertThat(imported.body().get("title").asText()).isEqualTo("Are you safe?");
		assertThat(imported.body().has("answerBy")).isFalse();
		assertThat(api().alert(id).body().get("answerBy").asText()).isNotEmpty();
	}

	@Test
	void listsIssuedAlertsInAnAtomFeed() throws Exception {
		String id = issue("ML-5");

		ResponseEntity<String> response = api().getText("/cap/alerts.atom");

		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
		Document atom = parse(response.getBody());
		assertThat(atom.getElementsByTagNameNS(CapDocuments.ATOM, "entry").getLength()).isEqualTo(1);
		assertThat(response.getBody()).contains("urn:uuid:" + id).contains("/cap/alerts/" + id + ".xml");
	}

	@Test
	void anImportedCapAlertRoundTrips() {
		String id = issue("ML-5");
		String cap = api().getText("/cap/alerts/" + id + ".xml").getBody();

		Api.Response imported = api().postText("/api/v1/alerts/cap", cap, CAP, Api.staff(Api.OFFICER, Api.PASSWORD));

		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(202);
		JsonNode original = api().alert(id).body();
		JsonNode copy = imported.body();
		for (String field : List.of("type", "severity", "title", "body")) {
			assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
		}
		assertThat(copy.get("area")).isEqualTo(original.get("area"));
		assertThat(copy.get("id")).isNotEqualTo(original.get("id"));
	}

	@Test
	void circlesAndPolygonsTravelThroughCapBothWays() throws Exception {
		// SEVERE: an EXTREME alert would wait for a second person, and an alert not yet issued has no CAP document.
		Api.Response issued = api().issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title",
				"Explosion near the airport", "body", "Avoid the airport road.", "area", Api.json("countries",
						List.of("ML"), "circles", List.of(Api.json("lat", 12.5335, "lon", -7.9499, "radiusKm", 5.0)),
						"polygons", List.of(List.of(Api.json("lat", 12.5, "lon", -8.0), Api.json("lat", 12.5, "lon", -7.9),
								Api.json("lat", 12.6, "lon", -7.9)))),
				"channels", List.of("SMS")));
		String cap = api().getText("/cap/alerts/" + issued.body().get("id").asText() + ".xml").getBody();
		schema().newValidator().validate(new StreamSource(new StringReader(cap)));
		assertThat(cap).contains("<circle>12.5335,-7.9499 5.0</circle>")
			.contains("<polygon>12.5,-8.0 12.5,-7.9 12.6,-7.9 12.5,-8.0</polygon>");

		Api.Response imported = api().postText("/api/v1/alerts/cap", cap, CAP, Api.staff(Api.OFFICER, Api.PASSWORD));

		assertThat(imported.body().at("/area/circles/0/radiusKm").asDouble()).isEqualTo(5.0);
		assertThat(imported.body().at("/area/polygons/0")).hasSize(4);
	}

	@Test
	void importsAnotherAuthoritysWarning() {
		Api.Response imported = api().postText("/api/v1/alerts/cap", """
				<?xml version="1.0" encoding="UTF-8"?>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
				  <identifier>ML-MET-2026-0042</identifier>
				  <sender>meteo@example.ml</sender>
				  <sent>2026-08-14T06:00:00+00:00</sent>
				  <status>Actual</status>
				  <msgType>Alert</msgType>
				  <scope>Public</scope>
				  <info>
				    <language>fr</language>
				    <category>Met</category>
				    <event>Inondation</event>
				    <urgency>Expected</urgency>
				    <severity>Severe</severity>
				    <certainty>Likely</certainty>
				    <headline>Alerte inondation</headline>
				    <description>Crue du Niger.</description>
				  </info>
				  <info>
				    <language>en-US</language>
				    <category>Met</category>
				    <event>Flood Warning</event>
				    <urgency>Expected</urgency>
				    <severity>Severe</severity>
				    <certainty>Likely</certainty>
				    <headline>Niger River flood warning</headline>
				    <description>The Niger River is expected to flood low-lying areas of Mopti.</description>
				    <instruction>Move to higher ground.</instruction>
				    <area>
				      <areaDesc>Mopti</areaDesc>
				      <geocode><valueName>ISO3166-2</valueName><value>ML-5</value></geocode>
				    </area>
				  </info>
				</alert>""", CAP, Api.staff(Api.OFFICER, Api.PASSWORD));

		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(202);
		assertThat(imported.body().get("type").asText()).isEqualTo("WEATHER_ALERT");
		assertThat(imported.body().get("title").asText()).isEqualTo("Niger River flood warning");
		assertThat(imported.body().get("body").asText()).endsWith("Mopti.\n\nMove to higher ground.");
		assertThat(imported.body().at("/area/regions/0").asText()).isEqualTo("ML-5");
	}

	@Test
	void refusesCapItCannotSendWithAProblem() {
		String valid = api().getText("/cap/alerts/" + issue("ML-5") + ".xml").getBody();

		assertCapRefused("<alert>not CAP</alert>", "body");
		assertCapRefused(valid.replace("<msgType>Alert</msgType>", "<msgType>Update</msgType>"), "msgType");
		assertCapRefused(valid.replace("<status>Actual</status>", "<status>Exercise</status>"), "status");
		assertCapRefused(valid.replaceAll("<geocode>.*?</geocode>", ""), "info.area");
	}

	@Test
	void importsOnlyForCountriesOfThePost() {
		String cap = api().getText("/cap/alerts/" + issue("ML-5") + ".xml").getBody()
			.replace("<value>ML</value>", "<value>FR</value>").replace("<value>ML-5</value>", "<value>FR-75C</value>");

		assertThat(api().postText("/api/v1/alerts/cap", cap, CAP, Api.staff(Api.OFFICER, Api.PASSWORD)).status())
			.isEqualTo(403);
	}

	@Test
	void doesNotPublishAnAlertThatWasNotIssued() {
		String id = issue("ML-5");
		jdbc.update("UPDATE alert SET status = 'PENDING_REVIEW' WHERE id = ?::uuid", id);

		assertThat(api().getText("/cap/alerts/" + id + ".xml").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void publishesWellFormedCapAndAtomForTextStoredWithCharactersXmlCannotCarry() throws Exception {
		String id = issue("ML-5");
		// As text stored before control characters were refused at the door, or arriving by another path, would be.
		jdbc.update("UPDATE alert SET title = ?, body = ?, sms_text = ? WHERE id = ?::uuid",
				"Curfew\u0001 in Mopti\u001f", "Stay indoors\u000b after 8 p.m.\uffff\n\tMonitor local media.",
				"Curfew\u0002 in Mopti", id);

		ResponseEntity<String> cap = api().getText("/cap/alerts/" + id + ".xml");
		assertThat(cap.getStatusCode().value()).as(cap.getBody()).isEqualTo(200);
		schema().newValidator().validate(new StreamSource(new StringReader(cap.getBody())));
		Document alert = parse(cap.getBody());
		assertThat(alert.getElementsByTagNameNS(CapDocuments.CAP, "headline").item(0).getTextContent())
			.isEqualTo("Curfew in Mopti");
		assertThat(alert.getElementsByTagNameNS(CapDocuments.CAP, "description").item(0).getTextContent())
			.isEqualTo("Stay indoors after 8 p.m.\n\tMonitor local media.");

		ResponseEntity<String> atom = api().getText("/cap/alerts.atom");
		assertThat(atom.getStatusCode().value()).as(atom.getBody()).isEqualTo(200);
		Document feed = parse(atom.getBody());
		assertThat(((org.w3c.dom.Element) feed.getElementsByTagNameNS(CapDocuments.ATOM, "entry").item(0))
			.getElementsByTagNameNS(CapDocuments.ATOM, "title").item(0).getTextContent()).isEqualTo("Curfew in Mopti");

		assertThat(api().post("/api/v1/alerts/" + id + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD)).status())
			.isEqualTo(200);
		ResponseEntity<String> cancel = api().getText("/cap/alerts/" + id + "/cancel.xml");
		assertThat(cancel.getStatusCode().value()).as(cancel.getBody()).isEqualTo(200);
		assertThat(parse(cancel.getBody()).getElementsByTagNameNS(CapDocuments.CAP, "note").item(0).getTextContent())
			.startsWith("Cancelled: Curfew in Mopti.");
	}

	@Test
	void refusesControlCharactersInAnImportedAlertsTextNamingTheField() {
		String valid = api().getText("/cap/alerts/" + issue("ML-5") + ".xml").getBody();

		// XML 1.0 carries DEL and the C1 controls, so the parser lets them through.
		assertCapRefused(valid.replace("<headline>Curfew in Mopti</headline>", "<headline>Curfew&#x85; in Mopti</headline>"),
				"title");
		assertCapRefused(valid.replace("Stay indoors", "Stay&#x7f; indoors"), "body");
	}

	@Test
	void readsAHeadlineWrappedOverSeveralLinesAsOneLine() {
		String cap = api().getText("/cap/alerts/" + issue("ML-5") + ".xml").getBody()
			.replace("<headline>Curfew in Mopti</headline>", "<headline>Curfew\n\t\tin Mopti</headline>");

		Api.Response imported = api().postText("/api/v1/alerts/cap", cap, CAP, Api.staff(Api.OFFICER, Api.PASSWORD));

		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(202);
		assertThat(imported.body().get("title").asText()).isEqualTo("Curfew in Mopti");
	}

	/** Refused, with the field as the first error. */
	void assertCapRefused(String cap, String field) {
		Api.Response response = api().postText("/api/v1/alerts/cap", cap, CAP, Api.staff(Api.OFFICER, Api.PASSWORD));
		Problems.assertInvalid(response, field);
		assertThat(response.body().at("/errors/0/field").asText()).isEqualTo(field);
	}

	String issue(String region) {
		Api.Response response = api().issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title",
				"Curfew in Mopti", "body", "Stay indoors after 8 p.m. & monitor <local> media.", "area",
				Api.json("countries", List.of("ML"), "regions", List.of(region)), "channels", List.of("EMAIL", "SMS")));
		assertThat(response.status()).isEqualTo(202);
		return response.body().get("id").asText();
	}

	String startCheckIn(Instant deadline) {
		Api.Response response = api().postJson("/api/v1/checkins", Api.json("type", "SECURITY_ALERT", "severity",
				"SEVERE", "title", "Are you safe?", "body", "Fighting is reported near Bamako.", "area",
				Api.json("countries", List.of("ML")), "channels", List.of("SMS"), "deadline", deadline.toString()),
				Api.staff(Api.OFFICER, Api.PASSWORD));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		return response.body().get("id").asText();
	}

	public static Schema schema() throws Exception {
		return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(CapIntegrationTests.class.getResource("/org/beacon/broadcast/cap/cap-1.2.xsd"));
	}

	public static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}
}
