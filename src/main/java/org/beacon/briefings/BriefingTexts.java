package org.beacon.briefings;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.beacon.advisories.AdvisoryView;
import org.beacon.briefings.BriefingDue.Words;
import org.beacon.broadcast.AlertsInForce.InForce;
import org.beacon.geography.Geography;
import org.beacon.platform.BeaconProperties;
import org.beacon.staff.Post;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A briefing's words in one language, from {@code messages*.properties}: the email's title and paragraphs (separated
 * by blank lines, as alert bodies are), and a short SMS.
 */
@Component
class BriefingTexts {

	static final Locale ENGLISH = Locale.ENGLISH;

	static final Locale SPANISH = Locale.forLanguageTag("es");

	private final MessageSource messages;

	private final Geography geography;

	private final String detailsUrl;

	BriefingTexts(MessageSource messages, Geography geography, BeaconProperties beacon) {
		this.messages = messages;
		this.geography = geography;
		this.detailsUrl = beacon.publicUrl() + "/signin";
	}

	/**
	 * What a traveller should know before leaving.
	 *
	 * @param then the advisory Beacon held when the trip was enrolled; empty when it held none
	 */
	Words beforeDeparture(TripMoments trip, Optional<AdvisoryView> now, Optional<AdvisoryView> then,
			List<InForce> alerts, Post post, Locale locale) {
		String country = country(trip, locale);
		List<String> body = new ArrayList<>();
		String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
			.format(trip.trip().startsOn());
		body.add(text(locale, "briefing.before.starts", country, day));
		StringBuilder sms = new StringBuilder(text(locale, "briefing.sms.before", country, trip.trip().startsOn()));
		if (now.isEmpty()) {
			body.add(text(locale, "briefing.advisory.none", country));
		}
		else {
			int level = now.get().level();
			String change = then.map(AdvisoryView::level)
				.map(was -> was == level ? text(locale, "briefing.advisory.unchanged")
						: text(locale, was < level ? "briefing.advisory.raised" : "briefing.advisory.lowered", was))
				.orElse("");
			body.add((text(locale, "briefing.advisory.level", country, level, text(locale, "advisory.level." + level))
					+ " " + change).strip());
			sms.append(' ').append(text(locale, "briefing.sms.level", level));
			then.filter(was -> was.level() != level)
				.ifPresent(was -> sms.append(' ').append(text(locale, "briefing.sms.changed", was.level())));
			sms.append('.');
		}
		if (alerts.isEmpty()) {
			body.add(text(locale, "briefing.alerts.none"));
			sms.append(' ').append(text(locale, "briefing.sms.alerts.none"));
		}
		else {
			body.add(text(locale, "briefing.alerts.some"));
			alerts.forEach(alert -> body.add(item(alert, locale)));
			sms.append(' ').append(text(locale, "briefing.sms.alerts", titles(alerts, locale)));
		}
		return finish(text(locale, "briefing.before.title", country), body, sms, post, locale);
	}

	/** The alerts in force there that have not reached the traveller, on the first morning. */
	Words onArrival(TripMoments trip, List<InForce> unseen, Post post, Locale locale) {
		String country = country(trip, locale);
		List<String> body = new ArrayList<>();
		body.add(text(locale, "briefing.arrival.intro", country));
		unseen.forEach(alert -> body.add(item(alert, locale)));
		StringBuilder sms = new StringBuilder(text(locale, "briefing.sms.arrival", country, titles(unseen, locale)));
		return finish(text(locale, "briefing.arrival.title", country), body, sms, post, locale);
	}

	private Words finish(String title, List<String> body, StringBuilder sms, Post post, Locale locale) {
		String phone = Posts.emergencyPhone(post);
		body.add(post.afterHoursPhone() == null || post.afterHoursPhone().isBlank()
				? text(locale, "briefing.emergency", post.name(), phone)
				: text(locale, "briefing.emergency-after-hours", post.name(), phone, post.afterHoursPhone()));
		body.add(text(locale, "briefing.details", detailsUrl));
		sms.append(' ').append(text(locale, "briefing.sms.end", phone, detailsUrl));
		return new Words(title, String.join("\n\n", body), sms.toString());
	}

	private String item(InForce alert, Locale locale) {
		return "– " + messages.getMessage("alert.type." + alert.type(), null, alert.type().name(), locale) + ": "
				+ alert.title(locale);
	}

	/** The titles for an SMS, cut so that a long list does not make the message a long one. */
	private static String titles(List<InForce> alerts, Locale locale) {
		String all = String.join("; ", alerts.stream().map(alert -> alert.title(locale)).toList());
		return all.length() <= 160 ? all : all.substring(0, 159) + "…";
	}

	private String country(TripMoments trip, Locale locale) {
		return geography.country(trip.trip().country()).map(c -> c.name(locale)).orElse(trip.trip().country());
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
