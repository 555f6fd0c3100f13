package org.beacon.checkins.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.beacon.checkins.HelpDetails;
import org.beacon.checkins.SafetyAnswers;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reads the "I need help" form into {@link HelpDetails}, rejecting each field that is wrong with a message code of the
 * checkin bundle, so that the page shows what is wrong beside the field in the citizen's language.
 */
final class HelpFormCheck {

	/** The fields in the order the page shows them. */
	static final List<String> FIELDS = List.of("need", "people", "lat", "lon", "phone");

	/** The most people a citizen may say are with them: a bus, a hotel, not a typing slip of a thousand. */
	static final int MAX_PEOPLE = 500;

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private HelpFormCheck() {
	}

	/**
	 * @param country where a phone typed without its country code is taken to be (the check-in's country)
	 * @return the details, or null when {@code errors} has something to show
	 */
	static HelpDetails check(HelpForm form, Errors errors, String country) {
		String need = blankToNull(form.getNeed());
		if (need != null && need.length() > SafetyAnswers.MAX_MESSAGE) {
			errors.rejectValue("need", "checkin.error.need.long", new Object[] { SafetyAnswers.MAX_MESSAGE }, null);
		}
		Integer people = people(form.getPeople(), errors);
		Double lat = coordinate(form.getLat(), "lat", 90, errors);
		Double lon = coordinate(form.getLon(), "lon", 180, errors);
		if ((lat == null) != (lon == null) && !errors.hasFieldErrors("lat") && !errors.hasFieldErrors("lon")) {
			errors.rejectValue(lat == null ? "lat" : "lon", "checkin.error.point.half");
		}
		String phone = phone(form.getPhone(), country, errors);
		return errors.hasErrors() ? null : new HelpDetails(need, people, lat, lon, phone);
	}

	/** Each error's field (to link to its control) and words, in the order of the fields on the page. */
	static List<Entry> summary(Errors errors, MessageSource messages, Locale locale) {
		return errors.getFieldErrors()
			.stream()
			.sorted((a, b) -> Integer.compare(FIELDS.indexOf(a.getField()), FIELDS.indexOf(b.getField())))
			.map(error -> new Entry(error.getField(), label(error, messages, locale) + ": "
					+ messages.getMessage(error, locale)))
			.toList();
	}

	/** One line of the error summary: the id of the field's control, and the field's label and what is wrong. */
	record Entry(String fieldId, String text) {
	}

	private static String label(FieldError error, MessageSource messages, Locale locale) {
		return messages.getMessage("checkin.help." + error.getField(), null, error.getField(), locale);
	}

	private static Integer people(String typed, Errors errors) {
		String text = blankToNull(typed);
		if (text == null) {
			return null;
		}
		if (!text.matches("\\d{1,4}") || Integer.parseInt(text) > MAX_PEOPLE) {
			errors.rejectValue("people", "checkin.error.people", new Object[] { MAX_PEOPLE }, null);
			return null;
		}
		return Integer.parseInt(text);
	}

	private static Double coordinate(String typed, String field, int limit, Errors errors) {
		String text = blankToNull(typed);
		if (text == null) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.replace(',', '.'));
			if (value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
				return value.doubleValue();
			}
		}
		catch (NumberFormatException ex) {
			// Said below, as for a number out of range.
		}
		errors.rejectValue(field, "checkin.error." + field, new Object[] { limit }, null);
		return null;
	}

	private static String phone(String typed, String country, Errors errors) {
		String text = blankToNull(typed);
		if (text == null) {
			return null;
		}
		try {
			PhoneNumber number = PHONES.parse(text, country == null ? "US" : country);
			if (PHONES.isValidNumber(number)) {
				return PHONES.format(number, PhoneNumberFormat.E164);
			}
		}
		catch (NumberParseException ex) {
			// Said below, as for a number that parses but cannot be dialled.
		}
		errors.rejectValue("phone", "checkin.error.phone");
		return null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
