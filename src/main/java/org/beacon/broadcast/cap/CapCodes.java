package org.beacon.broadcast.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Severity;
import org.beacon.geography.Circle;
import org.beacon.geography.Polygon;

/** How Beacon's alert types and severities map to CAP 1.2 codes, both ways, in one place. */
final class CapCodes {

	static final String ISO_COUNTRY = "ISO3166-1";

	static final String ISO_REGION = "ISO3166-2";

	/**
	 * The {@code responseType} of a check-in, an alert that asks its recipients to report whether they are safe.
	 * CAP 1.2 defines Execute as "execute a pre-planned activity": answering is one, set up in advance with the
	 * recipients (reply 1 or 2 to the SMS, press the email's button) and asked by the message itself. None would say
	 * that no action is wanted, Monitor to follow other sources; Assess ("evaluate the information") is the nearest
	 * in words but CAP says it should not be used in public warnings, which these are; the rest (Shelter, Evacuate,
	 * Prepare, Avoid, AllClear) name what to do about a hazard, not a report to make.
	 */
	static final String CHECK_IN_RESPONSE = "Execute";

	/**
	 * The {@code parameter} whose value is a check-in's deadline (a CAP date-time): until when answers are taken.
	 * Prefixed with Beacon's name, as CAP leaves parameter names to the domain that assigns them.
	 */
	static final String ANSWER_BY = "beacon:answerBy";

	private static final Map<AlertType, String> CATEGORY = Map.of(AlertType.SECURITY_ALERT, "Security",
			AlertType.HEALTH_ALERT, "Health", AlertType.WEATHER_ALERT, "Met", AlertType.DEMONSTRATION_ALERT, "Safety",
			AlertType.TRAVEL_ADVISORY, "Safety", AlertType.MESSAGE, "Other");

	private static final Map<AlertType, String> EVENT = Map.of(AlertType.SECURITY_ALERT, "Security Alert",
			AlertType.HEALTH_ALERT, "Health Alert", AlertType.WEATHER_ALERT, "Weather Alert",
			AlertType.DEMONSTRATION_ALERT, "Demonstration Alert", AlertType.TRAVEL_ADVISORY, "Travel Advisory",
			AlertType.MESSAGE, "Message for U.S. Citizens");

	private static final Map<String, AlertType> TYPE_BY_CATEGORY = Map.of("Security", AlertType.SECURITY_ALERT,
			"Health", AlertType.HEALTH_ALERT, "Met", AlertType.WEATHER_ALERT, "Geo", AlertType.WEATHER_ALERT, "Env",
			AlertType.WEATHER_ALERT, "Safety", AlertType.SECURITY_ALERT, "CBRNE", AlertType.SECURITY_ALERT);

	private CapCodes() {
	}

	static String category(AlertType type) {
		return CATEGORY.get(type);
	}

	static String event(AlertType type) {
		return EVENT.get(type);
	}

	static String severity(Severity severity) {
		return switch (severity) {
			case EXTREME -> "Extreme";
			case SEVERE -> "Severe";
			case MODERATE -> "Moderate";
			case MINOR -> "Minor";
		};
	}

	static String urgency(Severity severity) {
		return switch (severity) {
			case EXTREME, SEVERE -> "Immediate";
			case MODERATE -> "Expected";
			case MINOR -> "Future";
		};
	}

	/** A CAP circle: "lat,lon radius" in WGS 84 and kilometres. */
	static String circle(Circle circle) {
		return circle.lat() + "," + circle.lon() + " " + circle.radiusKm();
	}

	/** A CAP polygon: "lat,lon" pairs separated by spaces, the first repeated at the end to close the ring. */
	static String polygon(Polygon polygon) {
		List<Polygon.Point> points = new ArrayList<>(polygon.points());
		if (!points.get(0).equals(points.get(points.size() - 1))) {
			points.add(points.get(0));
		}
		return points.stream().map(point -> point.lat() + "," + point.lon()).collect(Collectors.joining(" "));
	}

	static IssueAlertRequest.CircleArea circle(String cap) {
		String[] centreAndRadius = cap.strip().split("\\s+");
		String[] centre = centreAndRadius[0].split(",");
		return new IssueAlertRequest.CircleArea(Double.valueOf(centre[0]), Double.valueOf(centre[1]),
				Double.valueOf(centreAndRadius[1]));
	}

	static List<IssueAlertRequest.Point> polygon(String cap) {
		List<IssueAlertRequest.Point> points = new ArrayList<>();
		for (String pair : cap.strip().split("\\s+")) {
			String[] latLon = pair.split(",");
			points.add(new IssueAlertRequest.Point(Double.valueOf(latLon[0]), Double.valueOf(latLon[1])));
		}
		return points;
	}

	/** The alert type of an imported CAP event: by its event name first, then by its category. */
	static AlertType type(String event, String category) {
		for (Map.Entry<AlertType, String> entry : EVENT.entrySet()) {
			if (entry.getValue().equalsIgnoreCase(event)) {
				return entry.getKey();
			}
		}
		return TYPE_BY_CATEGORY.getOrDefault(category, AlertType.MESSAGE);
	}

	/** A CAP severity as Beacon's; "Unknown" is taken as Moderate, so the alert is neither dropped nor inflated. */
	static Severity severity(String cap) {
		return switch (cap) {
			case "Extreme" -> Severity.EXTREME;
			case "Severe" -> Severity.SEVERE;
			case "Minor" -> Severity.MINOR;
			default -> Severity.MODERATE;
		};
	}
}
