package org.beacon.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.InForceAlerts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts in force at a place: what a traveller going there should know. An alert is in force from its
 * {@code effective} moment until it {@code expires} (a travel advisory until the country's next level change), while
 * issued; cancelled alerts, alerts awaiting approval and check-ins are not.
 */
@Service
public class AlertsInForce {

	private final InForceAlerts alerts;

	AlertsInForce(InForceAlerts alerts) {
		this.alerts = alerts;
	}

	/**
	 * An alert in force, as a briefing names it.
	 *
	 * @param spanish its Spanish wording; null when it has none
	 * @param expires null: until the country's next level change
	 */
	public record InForce(UUID id, AlertType type, Severity severity, String title, Wording spanish, Instant effective,
			Instant expires) {

		/** The title in the reader's language: Spanish when the alert has it, English otherwise. */
		public String title(Locale language) {
			return "es".equals(language.getLanguage()) && spanish != null && spanish.title() != null ? spanish.title()
					: title;
		}
	}

	/**
	 * The alerts in force at {@code at} for a place, oldest first, by the area rule of the fan-out: a country named
	 * without regions covers the whole country; a country some of whose regions are named covers those regions, and a
	 * place given without a region (circles and polygons are not looked at: a briefing may name an alert for a part
	 * of the place's region).
	 *
	 * @param region the place's ISO 3166-2 region, or null
	 */
	@Transactional(readOnly = true)
	public List<InForce> at(String country, String region, Instant at) {
		String code = country.toUpperCase(Locale.ROOT);
		return alerts.in(code, at).stream().filter(alert -> covers(alert, code, region)).map(AlertsInForce::of).toList();
	}

	private static boolean covers(Alert alert, String country, String region) {
		List<String> regionsHere = alert.regions().stream().filter(r -> r.startsWith(country + "-")).toList();
		return regionsHere.isEmpty() || region == null || regionsHere.contains(region.toUpperCase(Locale.ROOT));
	}

	private static InForce of(Alert alert) {
		return new InForce(alert.id(), alert.type(), alert.severity(), alert.title(), alert.spanish(),
				alert.lifetime().effective(), alert.lifetime().expires());
	}
}
