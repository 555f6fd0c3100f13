package org.beacon.subscribers.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The list of errors above the enroll and account forms: each error once, in the order of the fields on the page,
 * named with its field's label and linked to the field (as the staff pages' summary does), so that a citizen who
 * lands on the summary reaches each field from it.
 */
@Component
class ErrorSummary {

	/** The fields in the order the page shows them; a place's own fields are in {@link #PLACE_FIELDS}' order. */
	private static final List<String> FIELDS = List.of("email", "phoneCountry", "phoneNumber", "channels", "locale",
			"places", "emergencyName", "emergencyPhone", "tellWhenSafe", "consent");

	private static final List<String> PLACE_FIELDS = List.of("country", "region", "resident", "from", "to");

	private static final Pattern PLACE_FIELD = Pattern.compile("places\\[(\\d+)]\\.(\\w+)");

	/** Where the field is on the page: a place's fields come after "places" itself, place by place. */
	private static final Comparator<FieldError> PAGE_ORDER = Comparator
		.comparingInt((FieldError error) -> fieldRank(error.getField()))
		.thenComparingInt(error -> placeIndex(error.getField()))
		.thenComparingInt(error -> placeFieldRank(error.getField()));

	private final MessageSource messages;

	ErrorSummary(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One error as the summary shows it.
	 *
	 * @param fieldId the id of the field's control, to link to; null for an error of the whole form
	 * @param text the field's label and what is wrong, in the page's language
	 */
	record Entry(String fieldId, String text) {
	}

	/** Adds the form's errors, as {@code errorSummary}, for the page to list; none when the form has none. */
	void addTo(Model model, Errors errors, Locale locale) {
		model.addAttribute("errorSummary", of(errors, locale));
	}

	List<Entry> of(Errors errors, Locale locale) {
		Stream<Entry> global = errors.getGlobalErrors()
			.stream()
			.map(error -> new Entry(null, messages.getMessage(error, locale)));
		Stream<Entry> fields = errors.getFieldErrors()
			.stream()
			.sorted(PAGE_ORDER)
			.map(error -> new Entry(controlId(error.getField()),
					label(error.getField(), locale) + ": " + messages.getMessage(error, locale)));
		return Stream.concat(global, fields).toList();
	}

	/** The id Thymeleaf's {@code th:field} gives the field's control (the first one, for a group). */
	static String controlId(String field) {
		Matcher place = PLACE_FIELD.matcher(field);
		if (place.matches()) {
			String id = "places" + place.group(1) + "." + place.group(2);
			return place.group(2).equals("resident") ? id + "1" : id;
		}
		return switch (field) {
			case "channels" -> "channel-email";
			case "locale" -> "locale-en";
			case "consent" -> "consent1";
			case "tellWhenSafe" -> "tellWhenSafe1";
			// No control holds "no place at all": the message beside the places says it.
			case "places" -> "places-error";
			default -> field;
		};
	}

	private String label(String field, Locale locale) {
		Matcher place = PLACE_FIELD.matcher(field);
		if (place.matches()) {
			int number = Integer.parseInt(place.group(1)) + 1;
			String name = messages.getMessage("citizen.place." + place.group(2), null, place.group(2), locale);
			return messages.getMessage("citizen.error.label.place", new Object[] { number, name }, locale);
		}
		return messages.getMessage("citizen.error.label." + field, null, field, locale);
	}

	private static int fieldRank(String field) {
		int index = FIELDS.indexOf(field.startsWith("places[") ? "places" : field);
		return index < 0 ? FIELDS.size() : index;
	}

	private static int placeIndex(String field) {
		Matcher place = PLACE_FIELD.matcher(field);
		return place.matches() ? Integer.parseInt(place.group(1)) : -1;
	}

	private static int placeFieldRank(String field) {
		Matcher place = PLACE_FIELD.matcher(field);
		return place.matches() ? PLACE_FIELDS.indexOf(place.group(2)) : -1;
	}
}
