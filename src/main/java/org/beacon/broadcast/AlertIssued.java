package org.beacon.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.beacon.geography.Circle;
import org.beacon.geography.Polygon;
import org.springframework.modulith.events.Externalized;

/**
 * An alert was issued. Published in the transaction that stores the alert and externalized to Kafka topic
 * {@code beacon.alerts} (or its priority lane {@code beacon.alerts.urgent}), keyed by alert id, once that
 * transaction commits (Spring Modulith's outbox). Its JSON
 * carries {@code type} and {@code schemaVersion} so consumers can tell it from other records on the topic.
 *
 * @param alertType what kind of alert (security, health...)
 * @param circles circles narrowing the area for citizens who gave a point (may be empty)
 * @param polygons polygons narrowing the area for citizens who gave a point (may be empty)
 * @param spanish the Spanish wording for subscribers who read Spanish; null when there is none
 * @param sender how messages name their sender: the post's name
 * @param follows for an update (CAP msgType Update), the alert it follows: the update reaches that alert's
 * recipients rather than the area's; null for other alerts
 * @param answerBy for a check-in, until when its recipients' answers ("are you safe?") are taken; null for an alert
 * that asks nothing. Absent from records written before check-ins existed, which asked nothing.
 * @param effective from when the alert applies (CAP effective)
 * @param expires until when it applies (CAP expires); null for a travel advisory, in force until the next level change
 * @param arrivalsUntil the alert also reaches citizens whose stay in its area starts by this day (UTC); null: nobody
 * arriving. Absent from records written before lifetimes existed, which reached nobody arriving.
 */
@Externalized
public record AlertIssued(UUID alertId, AlertType alertType, Severity severity, String title, String body,
		String smsText, Wording spanish, List<String> countries, List<String> regions, List<Circle> circles,
		List<Polygon> polygons, List<String> channels, String postId,
		String sender, Instant issuedAt, UUID follows, Instant answerBy, Instant effective, Instant expires,
		Instant arrivalsUntil) implements AlertEvent {

	public static final int SCHEMA_VERSION = 1;

	/** The same alert as an update of another. */
	public AlertIssued following(UUID original) {
		return new AlertIssued(alertId, alertType, severity, title, body, smsText, spanish, countries, regions, circles,
				polygons, channels, postId, sender, issuedAt, original, answerBy, effective, expires, arrivalsUntil);
	}

	@Override
	public int schemaVersion() {
		return SCHEMA_VERSION;
	}
}
