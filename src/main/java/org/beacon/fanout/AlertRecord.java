package org.beacon.fanout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.beacon.geography.Circle;
import org.beacon.geography.Polygon;
import org.beacon.geography.Shape;

/**
 * The fan-out's own reading of a record on {@code beacon.alerts}: the fields it needs, nothing more. Unknown fields
 * are ignored, so producers may add fields without breaking it.
 *
 * @param type {@code AlertIssued} or another record type on the topic
 * @param spanish the Spanish wording, when the alert has one
 * @param urgent whether the alert takes the priority lane (EXTREME and SEVERE alerts)
 * @param follows for an update, the alert it follows: it goes to that alert's recipients; null otherwise
 * @param answerBy for a check-in, until when answers are taken; null for an alert that asks nothing
 * @param wave for a later wave of a check-in (2 or more), which wave: it goes to the check-in's recipients who have not
 * answered, and {@code follows} is the check-in; 0 for every other alert
 * @param arrivalsUntil the alert also reaches citizens whose stay in its area starts by this day (UTC); null (records
 * written before arrivals were reached, updates, waves): nobody arriving
 * @param expires when the alert stops being in force; null when it lasts until an event ends it (a travel advisory)
 * or for records written before lifetimes existed
 */
record AlertRecord(String type, int schemaVersion, UUID alertId, String alertType, String severity, String title,
		String body, String smsText, Wording spanish, List<String> countries, List<String> regions,
		List<Circle> circles, List<Polygon> polygons, List<String> channels, String sender, Instant issuedAt,
		boolean urgent, UUID follows, Instant answerBy, int wave, Instant arrivalsUntil, Instant expires) {

	static final String ISSUED = "AlertIssued";

	/** An alert's words in another language. */
	record Wording(String title, String body, String smsText) {
	}

	/** The circles and polygons that narrow the area; none for alerts written before shapes existed. */
	List<Shape> shapes() {
		List<Shape> shapes = new ArrayList<>();
		if (circles != null) {
			shapes.addAll(circles);
		}
		if (polygons != null) {
			shapes.addAll(polygons);
		}
		return shapes;
	}

	/**
	 * The record of a later wave of this check-in: the same words, under the wave's own id in the ledger, following
	 * the check-in.
	 */
	AlertRecord wave(int number, UUID waveId) {
		return new AlertRecord(type, schemaVersion, waveId, alertType, severity, title, body, smsText, spanish,
				countries, regions, circles, polygons, channels, sender, issuedAt, urgent, alertId, answerBy, number,
				arrivalsUntil, expires);
	}

	/**
	 * The record a trip briefing is sent as: to one citizen, on the routine lane, as alert type {@code BRIEFING}
	 * without a severity, kept with its run like an alert's so that its rows can be queued again.
	 */
	static AlertRecord briefing(UUID briefingId, String country, String title, String body, String smsText,
			Wording spanish, String sender, Instant issuedAt) {
		return new AlertRecord("BriefingDue", 1, briefingId, "BRIEFING", null, title, body, smsText, spanish,
				List.of(country), List.of(), null, null, List.of("EMAIL", "SMS"), sender, issuedAt, false, null, null, 0,
				null, null);
	}

	/** Whether the alert had stopped being in force by {@code at}: nobody is to be sent it any more. */
	boolean expiredBy(Instant at) {
		return expires != null && !at.isBefore(expires);
	}

	/** Whether this is a later wave of a check-in. */
	boolean isWave() {
		return wave > 1;
	}

	/** The alert its messages are about, as jobs name it: the check-in for one of its waves, itself otherwise. */
	UUID subject() {
		return isWave() ? follows : alertId;
	}

	/** The words for a reader of this language: Spanish when the alert has them, English otherwise. */
	Wording wordingFor(String locale) {
		if ("es".equals(locale) && spanish != null && spanish.title() != null) {
			return spanish;
		}
		return new Wording(title, body, smsText);
	}
}
