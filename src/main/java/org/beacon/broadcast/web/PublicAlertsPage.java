package org.beacon.broadcast.web;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.Alerts;
import org.beacon.geography.Geography;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of the alerts in force: what each says, where, and until when, newest first, for every country or
 * one. The same alerts as the CAP feed, for people rather than programs; no sign-in.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class PublicAlertsPage {

	private static final int SHOWN = 200;

	private final Alerts alerts;

	private final Geography geography;

	private final Clock clock;

	PublicAlertsPage(Alerts alerts, Geography geography, Clock clock) {
		this.alerts = alerts;
		this.geography = geography;
		this.clock = clock;
	}

	/** @param country an ISO 3166-1 code; one that names no country shows every country, and the page says so */
	@GetMapping("/alerts")
	@Transactional(readOnly = true)
	String inForce(@RequestParam(required = false) String country, Locale locale, Model model) {
		String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		boolean known = code == null || geography.country(code).isPresent();
		Instant now = clock.instant();
		List<Alert> shown = alerts.inForce(now, known ? code : null, SHOWN);
		model.addAttribute("alerts", shown);
		model.addAttribute("country", known ? code : null);
		model.addAttribute("unknownCountry", known ? null : country);
		model.addAttribute("countries", geography.countries().stream()
			.map(c -> new CountryChoice(c.code(), c.name(locale)))
			.sorted(Comparator.comparing(CountryChoice::name, Collator.getInstance(locale)))
			.toList());
		model.addAttribute("now", now);
		return "public/alerts";
	}

	record CountryChoice(String code, String name) {
	}
}
