package org.beacon.broadcast.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.SmsText;
import org.beacon.broadcast.issuing.OutsidePostException;
import org.beacon.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * The compose form's rules beyond its annotations, and the alert API's errors put back beside the form's fields, in
 * the page's language (the API's own messages are English).
 */
final class ComposeErrors {

	/** API field (its prefix; the longest that matches counts) → form field and message. */
	private static final Map<String, String[]> FIELDS = Map.of(
			"smsText", new String[] { "smsText", "compose.error.smsTooLong" },
			"spanish.smsText", new String[] { "smsTextEs", "compose.error.smsTooLong" },
			"area.countries", new String[] { "countries", "compose.error.country" },
			"area.regions", new String[] { "regions", "compose.error.region" },
			"area.circles", new String[] { "lat", "compose.error.circle" },
			"area.circles[0].radiusKm", new String[] { "radiusKm", "compose.error.circle" },
			"deadline", new String[] { "deadlineHours", "compose.error.deadline" },
			"expires", new String[] { "expiresOn", "compose.error.expires" },
			"effective", new String[] { "expiresOn", "compose.error.expires" });

	/** The largest radius a circle may have, in kilometres, as {@link IssueAlertRequest.CircleArea} says. */
	private static final BigDecimal MAX_RADIUS_KM = new BigDecimal("2000");

	private ComposeErrors() {
	}

	/**
	 * The chosen kind of area needs its fields: regions, or a whole circle, whose radius is at least
	 * {@code minRadiusKm} ({@code beacon.broadcast.min-radius-km}) and at most 2000 km.
	 */
	static void checkArea(ComposeForm form, BindingResult errors, double minRadiusKm) {
		if (form.getAreaKind() == ComposeForm.AreaKind.REGIONS && form.getRegions().isEmpty()) {
			errors.rejectValue("regions", "compose.error.regions");
		}
		if (form.getAreaKind() == ComposeForm.AreaKind.CIRCLE) {
			requireNumber(form.getLat(), "lat", errors);
			requireNumber(form.getLon(), "lon", errors);
			requireNumber(form.getRadiusKm(), "radiusKm", errors);
			BigDecimal min = BigDecimal.valueOf(minRadiusKm).stripTrailingZeros();
			Double radius = form.getRadiusKm();
			if (radius != null && !errors.hasFieldErrors("radiusKm")
					&& (radius < minRadiusKm || BigDecimal.valueOf(radius).compareTo(MAX_RADIUS_KM) > 0)) {
				errors.rejectValue("radiusKm", "compose.error.radius", new Object[] { min }, null);
			}
		}
	}

	/** An SMS written by hand must fit in {@code maxSegments}; the page's counter shows the same arithmetic. */
	static void checkSms(ComposeForm form, BindingResult errors, int maxSegments) {
		checkSms(form.getSmsText(), "smsText", errors, maxSegments);
		checkSms(form.getSmsTextEs(), "smsTextEs", errors, maxSegments);
	}

	private static void checkSms(String text, String field, BindingResult errors, int maxSegments) {
		if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
			return;
		}
		SmsText sms = SmsText.of(ComposeForm.text(text));
		if (sms.segments() > maxSegments) {
			errors.rejectValue(field, "compose.error.smsTooLong",
					new Object[] { sms.segments(), sms.encoding(), maxSegments }, null);
		}
	}

	/** A check-in takes answers for at least an hour and at most {@code maxHours}; an alert asks nothing. */
	static void checkDeadline(ComposeForm form, BindingResult errors, long maxHours) {
		if (!form.isCheckIn() || errors.hasFieldErrors("deadlineHours")) {
			return;
		}
		Integer hours = form.getDeadlineHours();
		if (hours == null || hours < 1 || hours > maxHours) {
			errors.rejectValue("deadlineHours", "compose.error.deadline", new Object[] { maxHours }, null);
		}
	}

	/** Spanish is optional, but a Spanish alert needs both its title and its body. */
	static void checkSpanish(ComposeForm form, BindingResult errors) {
		if (!form.hasSpanish()) {
			return;
		}
		if (form.getTitleEs() == null || form.getTitleEs().isBlank()) {
			errors.rejectValue("titleEs", "compose.error.spanishTitle");
		}
		if (form.getBodyEs() == null || form.getBodyEs().isBlank()) {
			errors.rejectValue("bodyEs", "compose.error.spanishBody");
		}
	}

	/** Puts what the alert API refused beside the form field it concerns. */
	static void reject(RuntimeException ex, BindingResult errors) {
		if (ex instanceof OutsidePostException) {
			errors.rejectValue("countries", "compose.error.outsidePost");
			return;
		}
		for (InvalidInputException.Violation violation : ((InvalidInputException) ex).violations()) {
			String[] target = FIELDS.entrySet().stream()
				.filter(entry -> violation.field().startsWith(entry.getKey()))
				.max(Comparator.comparingInt(entry -> entry.getKey().length()))
				.map(Map.Entry::getValue)
				.orElse(null);
			if (target == null) {
				errors.reject("compose.error.invalid", new Object[] { violation.toString() }, violation.toString());
			}
			else if (!errors.hasFieldErrors(target[0])) {
				errors.rejectValue(target[0], target[1], new Object[] { violation.message() }, violation.message());
			}
		}
	}

	private static void requireNumber(Double value, String field, BindingResult errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "compose.error.number");
		}
	}
}
