package org.beacon.subscribers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.beacon.geography.Geography;
import org.beacon.platform.InvalidInputException;
import org.beacon.subscribers.EnrollmentRequest;
import org.beacon.subscribers.web.EnrollForm.PlaceForm;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks the form before it becomes an enrollment, rejecting each field with a message code (citizen bundle), so
 * the page shows what is wrong beside the field in the citizen's language. The enrollment's own rules run again
 * behind it; what they still refuse is put beside its field too ({@link #reject}).
 */
@Component
class EnrollFormCheck {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Geography geography;

	private final Clock clock;

	EnrollFormCheck(Geography geography, Clock clock) {
		this.geography = geography;
		this.clock = clock;
	}

	/** @return the enrollment the form asks for, or null when {@code errors} has something to show */
	EnrollmentRequest check(EnrollForm form, Errors errors, boolean consentNeeded) {
		if (!List.of("en", "es").contains(form.getLocale())) {
			form.setLocale("en");
		}
		form.getChannels().removeIf(channel -> !List.of("EMAIL", "SMS").contains(channel));
		if (form.getChannels().isEmpty()) {
			errors.rejectValue("channels", "citizen.error.channels");
		}
		String email = EnrollForm.blankToNull(form.getEmail());
		if (email == null && form.getChannels().contains("EMAIL")) {
			errors.rejectValue("email", "citizen.error.email.required");
		}
		else if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
			errors.rejectValue("email", "citizen.error.email.invalid");
		}
		String phone = phone(form, errors);
		String emergency = null;
		if (EnrollForm.blankToNull(form.getEmergencyPhone()) != null) {
			PhoneInput.Parsed parsed = PhoneInput.parse(form.getPhoneCountry(), form.getEmergencyPhone(), false);
			emergency = parsed.e164();
			if (emergency == null) {
				errors.rejectValue("emergencyPhone", "citizen.error.phone.invalid");
			}
		}
		else if (form.isTellWhenSafe()) {
			errors.rejectValue("tellWhenSafe", "citizen.error.tellWhenSafe");
		}
		if (form.getPlaces().isEmpty()) {
			errors.rejectValue("places", "citizen.error.places");
		}
		for (int i = 0; i < form.getPlaces().size(); i++) {
			place(form.getPlaces().get(i), "places[" + i + "].", errors);
		}
		if (consentNeeded && !form.isConsent()) {
			errors.rejectValue("consent", "citizen.error.consent");
		}
		return errors.hasErrors() ? null : form.toRequest(phone, emergency);
	}

	private String phone(EnrollForm form, Errors errors) {
		if (EnrollForm.blankToNull(form.getPhoneNumber()) == null) {
			if (form.getChannels().contains("SMS")) {
				errors.rejectValue("phoneNumber", "citizen.error.phone.required");
			}
			return null;
		}
		if (geography.country(form.getPhoneCountry()).isEmpty() || !PhoneInput.hasCallingCode(form.getPhoneCountry())) {
			form.setPhoneCountry("US");
		}
		PhoneInput.Parsed parsed = PhoneInput.parse(form.getPhoneCountry(), form.getPhoneNumber(),
				form.getChannels().contains("SMS"));
		if (parsed.problem() != null) {
			errors.rejectValue("phoneNumber", parsed.problem() == PhoneInput.Problem.LANDLINE
					? "citizen.error.phone.landline" : "citizen.error.phone.invalid");
		}
		return parsed.e164();
	}

	private void place(PlaceForm place, String path, Errors errors) {
		String country = EnrollForm.blankToNull(place.getCountry());
		if (country == null || geography.country(country).isEmpty()) {
			errors.rejectValue(path + "country", "citizen.error.country");
			return;
		}
		String region = EnrollForm.blankToNull(place.getRegion());
		if (region != null && geography.region(region).filter(r -> r.country().equals(country)).isEmpty()) {
			place.setRegion(null);
		}
		if (place.isResident()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate from = place.getFrom() == null ? today : place.getFrom();
		if (place.getTo() == null) {
			errors.rejectValue(path + "to", "citizen.error.to.required");
		}
		else if (place.getTo().isBefore(from)) {
			errors.rejectValue(path + "to", "citizen.error.to.before");
		}
		else if (place.getTo().isBefore(today)) {
			errors.rejectValue(path + "to", "citizen.error.to.past");
		}
	}

	/** Puts what the enrollment's rules refused beside the form's fields. */
	static void reject(InvalidInputException refused, Errors errors) {
		for (InvalidInputException.Violation violation : refused.violations()) {
			String field = violation.field()
				.replace("locations", "places")
				.replace("emergencyContact.phone", "emergencyPhone")
				.replace("emergencyContact.tellWhenSafe", "tellWhenSafe")
				.replaceFirst("^phone$", "phoneNumber");
			try {
				errors.rejectValue(field, "citizen.error.generic");
			}
			catch (RuntimeException notAField) {
				errors.reject("citizen.error.generic");
			}
		}
	}
}
