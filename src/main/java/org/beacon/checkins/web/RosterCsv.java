package org.beacon.checkins.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.beacon.checkins.help.RosterEntry;
import org.beacon.subscribers.SubscriberView.Location;

/**
 * The roster as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line
 * end). Text a citizen or staff typed is defused for spreadsheets: one that starts with =, +, -, @, tab or carriage
 * return gets a leading apostrophe, so that no cell is run as a formula. Phones (E.164) and codes are Beacon's own,
 * checked at entry, and written as they are.
 */
final class RosterCsv {

	static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	static final List<String> COLUMNS = List.of("subscriber_id", "standing", "answer_channel", "answered_at",
			"message", "asked_on", "help_case", "email", "phone", "locale", "places", "emergency_contact_name",
			"emergency_contact_phone");

	private final Writer out;

	RosterCsv(Writer out) {
		this.out = out;
	}

	void header() {
		write(COLUMNS);
	}

	void line(RosterEntry entry) {
		write(List.of(entry.subscriberId().toString(), entry.standing().name(), text(entry.channel()),
				text(entry.answeredAt()), defused(entry.message()),
				entry.askedOn().stream().map(Enum::name).collect(Collectors.joining(" ")), text(entry.helpCase()),
				text(entry.email()), text(entry.phone()), text(entry.locale()), places(entry.places()),
				defused(entry.emergencyContactName()), text(entry.emergencyContactPhone())));
	}

	private void write(List<String> fields) {
		try {
			out.write(fields.stream().map(RosterCsv::quoted).collect(Collectors.joining(",")));
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String places(List<Location> places) {
		return places.stream()
			.map(place -> place.region() == null ? place.country() : place.region())
			.collect(Collectors.joining(" "));
	}

	static String defused(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}

	private static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
