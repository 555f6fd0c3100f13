package org.beacon.subscribers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.beacon.subscribers.SubscriberView.Location;
import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who citizens are and how to reach them, for the crisis staff of the posts covering their places: the one door
 * through which staff learn a citizen's email, phone and emergency contact. Callers check that the staff member holds
 * the role for it and write to the audit log whose data they were shown.
 */
@Service
public class CrisisContacts {

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	CrisisContacts(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * A citizen's contact points, language, places and emergency contact.
	 *
	 * @param places their enrolled places in the countries asked for, in the order they enrolled them
	 * @param emergencyContactName someone to reach about the citizen; null when they named nobody
	 */
	public record Contact(UUID subscriberId, String email, String phone, String locale, List<Location> places,
			String emergencyContactName, String emergencyContactPhone) {
	}

	/**
	 * The contacts of those of {@code subscribers} enrolled in at least one country {@code countries} accepts; the
	 * others, and citizens who have left, are not in the answer.
	 */
	public Map<UUID, Contact> of(Collection<UUID> subscribers, Predicate<String> countries) {
		if (subscribers.isEmpty()) {
			return Map.of();
		}
		UUID[] ids = subscribers.toArray(UUID[]::new);
		Map<UUID, List<Location>> places = places(ids, countries);
		Map<UUID, Contact> contacts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT id, email_sealed, phone_sealed, locale, emergency_contact_name, emergency_contact_phone_sealed
				FROM subscriber WHERE id = ANY(?)""")
			.param(ids)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				if (places.containsKey(id)) {
					contacts.put(id, new Contact(id,
							cipher.open(rs.getBytes("email_sealed"), SealedColumn.SUBSCRIBER_EMAIL),
							cipher.open(rs.getBytes("phone_sealed"), SealedColumn.SUBSCRIBER_PHONE),
							rs.getString("locale"), places.get(id), rs.getString("emergency_contact_name"),
							cipher.open(rs.getBytes("emergency_contact_phone_sealed"),
									SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE)));
				}
			});
		return contacts;
	}

	private Map<UUID, List<Location>> places(UUID[] ids, Predicate<String> countries) {
		Map<UUID, List<Location>> places = new HashMap<>();
		jdbc.sql("""
				SELECT subscriber_id, country, region, lat, lon, starts_on, ends_on FROM subscriber_location
				WHERE subscriber_id = ANY(?) ORDER BY subscriber_id, position""")
			.param(ids)
			.query(rs -> {
				String country = rs.getString("country");
				if (countries.test(country)) {
					places.computeIfAbsent(rs.getObject("subscriber_id", UUID.class), id -> new ArrayList<>())
						.add(new Location(country, rs.getString("region"), rs.getObject("lat", Double.class),
								rs.getObject("lon", Double.class), rs.getObject("starts_on", LocalDate.class),
								rs.getObject("ends_on", LocalDate.class)));
				}
			});
		return places;
	}
}
