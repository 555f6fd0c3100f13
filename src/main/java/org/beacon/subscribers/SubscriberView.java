package org.beacon.subscribers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An enrollment as its owner sees it. The management token is never shown again after enrollment.
 *
 * @param emailVerified whether the email address is verified (an unverified one gets no alerts)
 * @param phoneVerified whether the phone number is verified (an unverified one gets no alerts)
 * @param paused whether the citizen paused all alerts
 * @param emergencyContactName optional: someone to reach about the citizen
 * @param emergencyContactPhone their E.164 number, optional
 * @param tellEmergencyContactWhenSafe whether the citizen consented that their emergency contact be sent one SMS
 * when they answer a check-in "safe"; only ever true with {@code emergencyContactPhone}
 * @param briefings whether the citizen wants a briefing before each trip and on arriving
 */
public record SubscriberView(UUID id, String email, String phone, String locale, Set<Channel> channels,
		List<Location> locations, Instant createdAt, Instant updatedAt, boolean emailVerified, boolean phoneVerified,
		boolean paused, String emergencyContactName, String emergencyContactPhone,
		boolean tellEmergencyContactWhenSafe, boolean briefings) {

	/** An enrollment with trip briefings on. */
	public SubscriberView(UUID id, String email, String phone, String locale, Set<Channel> channels,
			List<Location> locations, Instant createdAt, Instant updatedAt, boolean emailVerified,
			boolean phoneVerified, boolean paused, String emergencyContactName, String emergencyContactPhone,
			boolean tellEmergencyContactWhenSafe) {
		this(id, email, phone, locale, channels, locations, createdAt, updatedAt, emailVerified, phoneVerified, paused,
				emergencyContactName, emergencyContactPhone, tellEmergencyContactWhenSafe, true);
	}

	/** An enrollment whose emergency contact, if any, is not told anything. */
	public SubscriberView(UUID id, String email, String phone, String locale, Set<Channel> channels,
			List<Location> locations, Instant createdAt, Instant updatedAt, boolean emailVerified,
			boolean phoneVerified, boolean paused, String emergencyContactName, String emergencyContactPhone) {
		this(id, email, phone, locale, channels, locations, createdAt, updatedAt, emailVerified, phoneVerified, paused,
				emergencyContactName, emergencyContactPhone, false);
	}

	/** A stored place; {@code to} is absent for residents. */
	public record Location(String country, String region, Double lat, Double lon, LocalDate from, LocalDate to) {
	}
}
