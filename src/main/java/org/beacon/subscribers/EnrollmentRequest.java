package org.beacon.subscribers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a citizen enrolls (or replaces their enrollment with).
 *
 * @param email where email alerts go; required when {@code channels} has EMAIL
 * @param phone a mobile number in any common format; stored as E.164; required when {@code channels} has SMS
 * @param locale language of messages: {@code en} (default) or {@code es}
 * @param channels how the citizen wants to be reached
 * @param locations where the citizen is or will be (1 to 20 places)
 * @param emergencyContact optional: someone to reach about the citizen
 * @param briefings optional: whether the citizen wants a briefing before each trip and on arriving (on for a new
 * enrollment when absent; unchanged when a change leaves it out)
 */
public record EnrollmentRequest(
		@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address such as name@example.org")
		@Size(max = 254) String email,
		@Size(max = 40) String phone,
		@Pattern(regexp = "en|es", message = "must be en or es") String locale,
		@NotEmpty(message = "must name at least one channel: EMAIL or SMS") Set<@NotNull Channel> channels,
		@NotEmpty(message = "must list at least one place") @Size(max = 20) List<@NotNull @Valid Place> locations,
		@Valid EmergencyContact emergencyContact, Boolean briefings) {

	/** The enrollment, saying nothing of trip briefings. */
	public EnrollmentRequest(String email, String phone, String locale, Set<Channel> channels, List<Place> locations,
			EmergencyContact emergencyContact) {
		this(email, phone, locale, channels, locations, emergencyContact, null);
	}

	/** The enrollment without an emergency contact. */
	public EnrollmentRequest(String email, String phone, String locale, Set<Channel> channels, List<Place> locations) {
		this(email, phone, locale, channels, locations, null);
	}

	/**
	 * @param name who they are, such as "Ana López (sister)"
	 * @param phone their number in any common format; stored as E.164
	 * @param tellWhenSafe optional, false when absent: the citizen consents that this contact be sent one SMS when
	 * they answer a check-in "safe" (never what else they answer); needs {@code phone}
	 */
	public record EmergencyContact(@Size(max = 100) String name, @Size(max = 40) String phone, Boolean tellWhenSafe) {

		/** A contact who is not told anything. */
		public EmergencyContact(String name, String phone) {
			this(name, phone, null);
		}
	}

	/**
	 * One place and the dates the citizen is there.
	 *
	 * @param country ISO 3166-1 alpha-2 code, such as {@code ML}
	 * @param region optional ISO 3166-2 code within the country, such as {@code ML-5} (Mopti)
	 * @param lat optional latitude of a point, with {@code lon}
	 * @param lon optional longitude of a point, with {@code lat}
	 * @param from first day there; today when absent
	 * @param to last day there; absent for residents
	 */
	public record Place(@NotBlank(message = "must be an ISO 3166-1 alpha-2 code such as ML") String country,
			String region,
			@DecimalMin("-90") @DecimalMax("90") Double lat,
			@DecimalMin("-180") @DecimalMax("180") Double lon,
			LocalDate from, LocalDate to) {
	}
}
