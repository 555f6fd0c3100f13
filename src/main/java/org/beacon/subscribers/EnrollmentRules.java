package org.beacon.subscribers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.beacon.geography.Geography;
import org.beacon.geography.Region;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.InvalidInputException.Violation;
import org.beacon.subscribers.EnrollmentRequest.Place;
import org.beacon.subscribers.SubscriberView.Location;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The rules an enrollment must follow beyond its field formats: a known country and a region of that country, a
 * phone number that is valid (and a mobile for SMS), a contact point for every chosen channel, and dates in order.
 * Every broken rule is reported at once, each naming its field.
 */
@Component
class EnrollmentRules {

	private final Geography geography;

	private final PhoneNumbers phones;

	private final Clock clock;

	EnrollmentRules(Geography geography, SubscribersProperties properties, Clock clock) {
		this.geography = geography;
		this.phones = new PhoneNumbers(properties.defaultPhoneRegion());
		this.clock = clock;
	}

	/**
	 * A request that passed the rules, in canonical form.
	 *
	 * @param tellWhenSafe whether the emergency contact is told when the citizen answers "safe": only with their phone
	 */
	record Checked(String email, String phone, String locale, Set<Channel> channels, List<Location> locations,
			String emergencyName, String emergencyPhone, boolean tellWhenSafe, Boolean briefings) {
	}

	Checked check(EnrollmentRequest request) {
		List<Violation> violations = new ArrayList<>();
		Set<Channel> channels = EnumSet.copyOf(request.channels());
		if (!Channel.chosen().containsAll(channels)) {
			violations.add(new Violation("channels", "must be EMAIL or SMS"));
		}
		String email = StringUtils.hasText(request.email()) ? request.email().trim().toLowerCase(Locale.ROOT) : null;
		if (email == null && channels.contains(Channel.EMAIL)) {
			violations.add(new Violation("email", "is required to receive alerts by email"));
		}
		String phone = phone(request.phone(), channels.contains(Channel.SMS), violations);
		List<Location> locations = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < request.locations().size(); i++) {
			locations.add(place(request.locations().get(i), "locations[" + i + "]", today, violations));
		}
		EnrollmentRequest.EmergencyContact contact = request.emergencyContact();
		String emergencyName = contact == null || !StringUtils.hasText(contact.name()) ? null : contact.name().trim();
		String emergencyPhone = contact == null ? null : emergencyPhone(contact.phone(), violations);
		boolean tellWhenSafe = contact != null && Boolean.TRUE.equals(contact.tellWhenSafe());
		if (tellWhenSafe && !StringUtils.hasText(contact.phone())) {
			violations.add(new Violation("emergencyContact.tellWhenSafe",
					"needs emergencyContact.phone: Beacon tells the emergency contact by SMS"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		String locale = request.locale() == null ? "en" : request.locale();
		return new Checked(email, phone, locale, channels, locations, emergencyName, emergencyPhone, tellWhenSafe,
				request.briefings());
	}

	private String phone(String input, boolean forSms, List<Violation> violations) {
		if (!StringUtils.hasText(input)) {
			if (forSms) {
				violations.add(new Violation("phone", "is required to receive alerts by SMS"));
			}
			return null;
		}
		PhoneNumbers.Parsed parsed = phones.parse(input);
		if (parsed instanceof PhoneNumbers.Invalid invalid) {
			violations.add(new Violation("phone", "'" + input + "' " + invalid.reason()));
			return null;
		}
		PhoneNumbers.Valid valid = (PhoneNumbers.Valid) parsed;
		if (forSms && valid.landline()) {
			violations.add(new Violation("phone", "is a landline; SMS alerts need a mobile number"));
		}
		return valid.e164();
	}

	private String emergencyPhone(String input, List<Violation> violations) {
		if (!StringUtils.hasText(input)) {
			return null;
		}
		if (phones.parse(input) instanceof PhoneNumbers.Valid valid) {
			return valid.e164();
		}
		violations.add(new Violation("emergencyContact.phone", "'" + input + "' is not a valid phone number"));
		return null;
	}

	private Location place(Place place, String path, LocalDate today, List<Violation> violations) {
		String country = place.country().trim().toUpperCase(Locale.ROOT);
		if (geography.country(country).isEmpty()) {
			violations.add(new Violation(path + ".country", "'" + place.country()
					+ "' is not an ISO 3166-1 alpha-2 country code such as ML or FR"));
		}
		String region = null;
		if (StringUtils.hasText(place.region())) {
			region = place.region().trim().toUpperCase(Locale.ROOT);
			Region known = geography.region(region).orElse(null);
			if (known == null || !known.country().equals(country)) {
				violations.add(new Violation(path + ".region",
						"'" + place.region() + "' is not an ISO 3166-2 region of " + country + " (such as "
								+ geography.regionsOf(country).stream().findFirst().map(Region::code).orElse("none")
								+ ")"));
			}
		}
		if ((place.lat() == null) != (place.lon() == null)) {
			violations.add(new Violation(path + (place.lat() == null ? ".lat" : ".lon"),
					"is required with " + (place.lat() == null ? "lon" : "lat")));
		}
		LocalDate from = place.from() == null ? today : place.from();
		if (place.to() != null && place.to().isBefore(from)) {
			violations.add(new Violation(path + ".to", "must not be before from (" + from + ")"));
		}
		else if (place.to() != null && place.to().isBefore(today)) {
			violations.add(new Violation(path + ".to", "is in the past; this trip has already ended"));
		}
		return new Location(country, region, place.lat(), place.lon(), from, place.to());
	}
}
