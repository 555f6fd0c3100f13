package org.beacon.broadcast.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.SmsText;
import org.beacon.broadcast.issuing.AlertDrafts;
import org.beacon.broadcast.issuing.BroadcastProperties;
import org.beacon.geography.Geography;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the compose page shows beside the form: the post's countries and regions, the choices, the SMS counters. */
@Component
class ComposeModel {

	private final Geography geography;

	private final BroadcastProperties properties;

	ComposeModel(Geography geography, BroadcastProperties properties) {
		this.geography = geography;
		this.properties = properties;
	}

	int maxSmsSegments() {
		return properties.maxSmsSegments();
	}

	/** The smallest radius a circle may have ({@code beacon.broadcast.min-radius-km}). */
	double minRadiusKm() {
		return properties.minRadiusKm();
	}

	/** How long a check-in takes answers when the officer changes nothing ({@code beacon.broadcast.check-in-deadline}). */
	int defaultDeadlineHours() {
		return (int) Math.max(1, properties.checkInDeadline().toHours());
	}

	/** The longest a check-in may take answers ({@code beacon.broadcast.max-check-in-deadline}), in hours. */
	long maxDeadlineHours() {
		return properties.maxCheckInDeadline().toHours();
	}

	void fill(Model model, StaffMember member, ComposeForm form, Locale locale) {
		List<Option> countries = countries(member, locale);
		Map<String, List<Option>> regions = new LinkedHashMap<>();
		Collator order = Collator.getInstance(locale);
		for (Option country : countries) {
			List<Option> options = geography.regionsOf(country.code()).stream()
				.map(region -> new Option(region.code(), region.name()))
				.sorted(Comparator.comparing(Option::name, order))
				.toList();
			if (!options.isEmpty()) {
				regions.put(country.name(), options);
			}
		}
		model.addAttribute("member", member);
		model.addAttribute("countryOptions", countries);
		model.addAttribute("regionOptions", regions);
		model.addAttribute("types", AlertType.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("areaKinds", ComposeForm.AreaKind.values());
		model.addAttribute("channelOptions", Channel.chosen());
		model.addAttribute("maxSmsSegments", properties.maxSmsSegments());
		model.addAttribute("maxDeadlineHours", maxDeadlineHours());
		model.addAttribute("minRadiusKm", properties.minRadius());
		model.addAttribute("derivedSmsSegments", properties.derivedSmsSegments());
		model.addAttribute("smsCounter", counter(form.getSmsText(), form.getTitle(), form.getBody(), member));
		model.addAttribute("smsCounterEs", counter(form.getSmsTextEs(), form.getTitleEs(), form.getBodyEs(), member));
	}

	/** The countries an officer may alert, by name in the page's language; every country for the department. */
	private List<Option> countries(StaffMember member, Locale locale) {
		Set<String> codes = member.countries();
		Collator order = Collator.getInstance(locale);
		return geography.countries().stream()
			.filter(country -> member.roles().contains(StaffRole.ADMIN) || codes.contains(country.code()))
			.map(country -> new Option(country.code(), country.name(locale)))
			.sorted(Comparator.comparing(Option::name, order))
			.toList();
	}

	/**
	 * The SMS that would be sent, as {@link AlertDrafts} makes it: the text typed, or, when none is, the one derived
	 * from the post's name, title and message (once both are there).
	 */
	private SmsCounter counter(String text, String title, String body, StaffMember member) {
		String typed = ComposeForm.text(text);
		String titleSent = ComposeForm.text(title);
		String bodySent = ComposeForm.text(body);
		if (typed == null && titleSent != null && bodySent != null) {
			return new SmsCounter(SmsText.derive(member.postName(), titleSent, bodySent,
					properties.derivedSmsSegments()), true);
		}
		return new SmsCounter(SmsText.of(typed == null ? "" : typed), false);
	}

	/** The SMS a counter measures, and whether it is derived (no SMS text was typed). */
	record SmsCounter(SmsText sms, boolean derived) {
	}

	record Option(String code, String name) {
	}

}
