package org.beacon.subscribers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beacon.subscribers.Channel;
import org.beacon.subscribers.EnrollmentRequest;
import org.beacon.subscribers.SubscriberView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the enroll and account pages' form holds, exactly as typed: on an error the page comes back with every
 * value in place. Mutable, as Spring's data binding wants.
 */
public class EnrollForm {

	private String email;

	private String phoneCountry = "US";

	private String phoneNumber;

	private String locale = "en";

	private List<String> channels = new ArrayList<>(List.of("EMAIL", "SMS"));

	private List<PlaceForm> places = new ArrayList<>(List.of(new PlaceForm()));

	private String emergencyName;

	private String emergencyPhone;

	/** Tell the emergency contact, by SMS, when I answer a check-in "safe". */
	private boolean tellWhenSafe;

	private boolean consent;

	/** One place: a country, optionally a region, and the dates of the trip or "I live here". */
	public static class PlaceForm {

		private String country;

		private String region;

		private boolean resident;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate to;

		public String getCountry() { return country; }
		public void setCountry(String country) { this.country = country; }
		public String getRegion() { return region; }
		public void setRegion(String region) { this.region = region; }
		public boolean isResident() { return resident; }
		public void setResident(boolean resident) { this.resident = resident; }
		public LocalDate getFrom() { return from; }
		public void setFrom(LocalDate from) { this.from = from; }
		public LocalDate getTo() { return to; }
		public void setTo(LocalDate to) { this.to = to; }

		EnrollmentRequest.Place toPlace() {
			return new EnrollmentRequest.Place(country, blankToNull(region), null, null, from, resident ? null : to);
		}
	}

	/** The enrollment this form asks for; {@code phone} is the number in E.164 (see {@link PhoneInput}). */
	EnrollmentRequest toRequest(String phone, String emergencyE164) {
		Set<Channel> chosen = EnumSet.noneOf(Channel.class);
		channels.forEach(channel -> chosen.add(Channel.valueOf(channel)));
		EnrollmentRequest.EmergencyContact contact = blankToNull(emergencyName) == null && emergencyE164 == null
				? null : new EnrollmentRequest.EmergencyContact(blankToNull(emergencyName), emergencyE164, tellWhenSafe);
		return new EnrollmentRequest(blankToNull(email), phone, locale, chosen,
				places.stream().map(PlaceForm::toPlace).toList(), contact);
	}

	/** The form for an existing enrollment, as its owner edits it. */
	static EnrollForm of(SubscriberView view) {
		EnrollForm form = new EnrollForm();
		form.email = view.email();
		PhoneInput.split(view.phone()).ifPresent(split -> {
			form.phoneCountry = split.country();
			form.phoneNumber = split.national();
		});
		form.locale = view.locale();
		form.channels = new ArrayList<>(view.channels().stream().map(Enum::name).toList());
		form.places = new ArrayList<>(view.locations().stream().map(location -> {
			PlaceForm place = new PlaceForm();
			place.country = location.country();
			place.region = location.region();
			place.from = location.from();
			place.to = location.to();
			place.resident = location.to() == null;
			return place;
		}).toList());
		form.emergencyName = view.emergencyContactName();
		form.emergencyPhone = view.emergencyContactPhone();
		form.tellWhenSafe = view.tellEmergencyContactWhenSafe();
		form.consent = true;
		return form;
	}

	/** Adds an empty place at the end and answers its index, for the page to move the focus there. */
	int addPlace() {
		places.add(new PlaceForm());
		return places.size() - 1;
	}

	/** Removes the place at {@code index}; an index outside the list, and the only place left, stay. */
	void removePlace(int index) {
		if (index >= 0 && index < places.size() && places.size() > 1) {
			places.remove(index);
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhoneCountry() { return phoneCountry; }
	public void setPhoneCountry(String phoneCountry) { this.phoneCountry = phoneCountry; }
	public String getPhoneNumber() { return phoneNumber; }
	public void setPhoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; }
	public String getLocale() { return locale; }
	public void setLocale(String locale) { this.locale = locale; }
	public List<String> getChannels() { return channels; }
	public void setChannels(List<String> channels) { this.channels = channels == null ? new ArrayList<>() : channels; }
	public List<PlaceForm> getPlaces() { return places; }
	public void setPlaces(List<PlaceForm> places) { this.places = places == null ? new ArrayList<>() : places; }
	public String getEmergencyName() { return emergencyName; }
	public void setEmergencyName(String emergencyName) { this.emergencyName = emergencyName; }
	public String getEmergencyPhone() { return emergencyPhone; }
	public void setEmergencyPhone(String emergencyPhone) { this.emergencyPhone = emergencyPhone; }
	public boolean isTellWhenSafe() { return tellWhenSafe; }
	public void setTellWhenSafe(boolean tellWhenSafe) { this.tellWhenSafe = tellWhenSafe; }
	public boolean isConsent() { return consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
}
