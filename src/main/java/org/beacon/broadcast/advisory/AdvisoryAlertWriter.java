package org.beacon.broadcast.advisory;

import java.util.Locale;

import org.beacon.broadcast.SmsText;
import org.beacon.broadcast.Wording;
import org.beacon.staff.Post;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the alert that tells citizens of an advisory change, in English and Spanish, with the emergency numbers
 * of the post that covers the country. The SMS fits in two segments.
 */
@Component
class AdvisoryAlertWriter {

	private static final Locale ES = Locale.forLanguageTag("es");

	private static final int SUMMARY_CHARS = 1500;

	private final MessageSource messages;

	AdvisoryAlertWriter(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param fromLevel the level citizens were last told of
	 * @param fromPosture the departure posture citizens were last told of
	 */
	Wording write(AdvisoryChangeRecord change, int fromLevel, String fromPosture, Post post, String sender,
			Locale locale) {
		String country = countryName(change, locale);
		String level = msg(locale, "advisory.level." + change.level());
		boolean departure = !"NONE".equals(change.posture()) && !change.posture().equals(fromPosture);
		String title = departure
				? msg(locale, "advisory.title." + change.posture(), country)
				: msg(locale, change.level() > fromLevel ? "advisory.title.raised" : "advisory.title.lowered", country,
						change.level(), level);
		StringBuilder body = new StringBuilder();
		if (change.level() != fromLevel) {
			body.append(msg(locale, "advisory.body.level", country, fromLevel, change.level(), level)).append("\n\n");
		}
		if (departure) {
			body.append(msg(locale, "advisory.body." + change.posture(), String.valueOf(change.postureConcerns())))
				.append("\n\n");
		}
		String emergency = emergency(post, locale);
		if (emergency != null) {
			body.append(emergency).append("\n\n");
		}
		body.append(msg(locale, "advisory.body.official")).append("\n\n").append(shortened(change.summary()));
		if (change.link() != null) {
			body.append("\n\n").append(msg(locale, "advisory.body.read", change.link()));
		}
		return new Wording(title, body.toString(), sms(sender, title, post, change.link(), locale));
	}

	private String sms(String sender, String title, Post post, String link, Locale locale) {
		String phone = post == null || post.emergencyPhone() == null ? ""
				: " " + msg(locale, "advisory.sms.emergency", post.emergencyPhone());
		String sentence = title.endsWith(".") ? title : title + ".";
		String withLink = sender + ": " + sentence + phone + (link == null ? "" : " " + link);
		if (SmsText.of(withLink).segments() <= 2) {
			return withLink;
		}
		return SmsText.derive(sender, title, phone.strip(), 2).text();
	}

	private String emergency(Post post, Locale locale) {
		if (post == null || post.emergencyPhone() == null) {
			return null;
		}
		return post.afterHoursPhone() == null ? msg(locale, "advisory.body.emergency", post.name(), post.emergencyPhone())
				: msg(locale, "advisory.body.emergency-after-hours", post.name(), post.emergencyPhone(),
						post.afterHoursPhone());
	}

	private static String countryName(AdvisoryChangeRecord change, Locale locale) {
		String name = new Locale("", change.country()).getDisplayCountry(locale);
		return name.isBlank() || name.equals(change.country()) ? change.name() : name;
	}

	private static String shortened(String summary) {
		if (summary == null) {
			return "";
		}
		if (summary.length() <= SUMMARY_CHARS) {
			return summary;
		}
		int cut = summary.lastIndexOf(' ', SUMMARY_CHARS);
		return summary.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + " ...";
	}

	private String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static Locale spanish() {
		return ES;
	}
}
