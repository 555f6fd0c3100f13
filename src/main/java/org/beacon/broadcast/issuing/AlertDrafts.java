package org.beacon.broadcast.issuing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.SmsText;
import org.beacon.broadcast.Wording;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertShapes;
import org.beacon.geography.Geography;
import org.beacon.geography.Polygon;
import org.beacon.geography.Region;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.InvalidInputException.Violation;
import org.beacon.staff.StaffMember;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Turns what staff composed into an alert, checking what bean validation cannot: that countries and regions exist,
 * that regions lie in the listed countries, that the author's post covers every country, that the SMS fits, and
 * that the lifetime makes sense ({@link AlertLifetimes}).
 * Stores nothing.
 */
@Component
public class AlertDrafts {

	private final Geography geography;

	private final BroadcastProperties properties;

	private final AlertLifetimes lifetimes;

	AlertDrafts(Geography geography, BroadcastProperties properties, AlertLifetimes lifetimes) {
		this.geography = geography;
		this.properties = properties;
		this.lifetimes = lifetimes;
	}

	/**
	 * The alert as it would be issued now by {@code author}, with status {@link AlertStatus#ISSUED}.
	 *
	 * @throws InvalidInputException naming each field that breaks a rule
	 * @throws OutsidePostException when a country is outside the author's post
	 */
	public Alert draft(IssueAlertRequest request, StaffMember author, Instant now) {
		return draft(request, author, now, null);
	}

	/**
	 * As {@link #draft(IssueAlertRequest, StaffMember, Instant)}; with {@code answerBy}, a check-in: each SMS wording
	 * ends with the question in its language ({@link CheckInQuestion}), counted in its length.
	 *
	 * @param answerBy until when answers are taken; null for an alert that asks nothing
	 * @throws InvalidInputException also when {@code answerBy} is not between now and
	 * {@code beacon.broadcast.max-check-in-deadline} from now (field {@code deadline})
	 */
	public Alert draft(IssueAlertRequest request, StaffMember author, Instant now, Instant answerBy) {
		Place place = place(request.area(), author);
		if (!Channel.chosen().containsAll(request.channels())) {
			throw new InvalidInputException("channels", "must be EMAIL or SMS");
		}
		if (answerBy != null) {
			deadline(answerBy, now);
		}
		String question = answerBy == null ? null : CheckInQuestion.ENGLISH;
		SmsText sms = sms("smsText", request.smsText(), author.postName(), request.title(), request.body(), question);
		Wording spanish = null;
		if (request.spanish() != null) {
			IssueAlertRequest.Translation es = request.spanish();
			spanish = new Wording(es.title().strip(), es.body().strip(), sms("spanish.smsText", es.smsText(),
					author.postName(), es.title(), es.body(), answerBy == null ? null : CheckInQuestion.SPANISH).text());
		}
		return new Alert(UUID.randomUUID(), request.type(), request.severity(), request.title().strip(),
				request.body().strip(), sms.text(), spanish, place.countries(), place.regions(), place.shapes(),
				Set.copyOf(request.channels()), author.postId(), author.username(), now, AlertStatus.ISSUED, null, null,
				answerBy, lifetimes.of(request, now, answerBy), null);
	}

	private void deadline(Instant answerBy, Instant now) {
		if (!answerBy.isAfter(now)) {
			throw new InvalidInputException("deadline", "must be in the future");
		}
		if (answerBy.isAfter(now.plus(properties.maxCheckInDeadline()))) {
			throw new InvalidInputException("deadline",
					"must be at most " + properties.maxCheckInDeadline().toDays() + " days from now");
		}
	}

	/**
	 * The area checked as {@link #draft} checks it, the radius of its circles included
	 * ({@code beacon.broadcast.min-radius-km}).
	 *
	 * @throws InvalidInputException naming each field that breaks a rule
	 * @throws OutsidePostException when a country is outside the author's post
	 */
	Place place(IssueAlertRequest.Area area, StaffMember author) {
		List<String> countries = countries(area.countries(), author);
		List<String> regions = regions(area.regions(), countries);
		radii(area.circles());
		AlertShapes shapes = AlertShapes.of(area);
		thickness(shapes.polygons());
		return new Place(countries, regions, shapes);
	}

	/** Where an alert applies, checked and normalized (upper case, no duplicates). */
	record Place(List<String> countries, List<String> regions, AlertShapes shapes) {
	}

	private List<String> countries(List<String> requested, StaffMember member) {
		List<Violation> violations = new ArrayList<>();
		Set<String> countries = new LinkedHashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			String code = requested.get(i) == null ? "" : requested.get(i).strip().toUpperCase(Locale.ROOT);
			if (geography.country(code).isEmpty()) {
				violations.add(new Violation("area.countries[" + i + "]",
						"'" + requested.get(i) + "' is not an ISO 3166-1 alpha-2 country code such as ML"));
			}
			countries.add(code);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		int i = 0;
		for (String country : countries) {
			if (!member.covers(country)) {
				throw new OutsidePostException("area.countries[" + i + "]", country, member.postName(),
						List.copyOf(member.countries()));
			}
			i++;
		}
		return List.copyOf(countries);
	}

	private List<String> regions(List<String> requested, List<String> countries) {
		if (requested == null) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>();
		Set<String> regions = new LinkedHashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			String code = requested.get(i) == null ? "" : requested.get(i).strip().toUpperCase(Locale.ROOT);
			Region region = geography.region(code).orElse(null);
			if (region == null) {
				violations.add(new Violation("area.regions[" + i + "]",
						"'" + requested.get(i) + "' is not an ISO 3166-2 region code such as ML-5"));
			}
			else if (!countries.contains(region.country())) {
				violations.add(new Violation("area.regions[" + i + "]",
						code + " is in " + region.country() + ", which is not in area.countries"));
			}
			regions.add(code);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return List.copyOf(regions);
	}

	/**
	 * No circle smaller than {@code beacon.broadcast.min-radius-km}: a circle drawn around one citizen's point, with
	 * its audience estimate, would tell whether that citizen is there.
	 */
	private void radii(List<IssueAlertRequest.CircleArea> circles) {
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < circles.size(); i++) {
			Double radius = circles.get(i).radiusKm();
			if (radius != null && radius < properties.minRadiusKm()) {
				violations.add(new Violation("area.circles[" + i + "].radiusKm", "must be at least "
						+ properties.minRadius() + " km: a smaller circle could single out a citizen"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/**
	 * No polygon thinner than the smallest circle ({@link Polygon#thicknessKm()}): a tiny or thin polygon would single
	 * out a citizen as a small circle would.
	 */
	private void thickness(List<Polygon> polygons) {
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < polygons.size(); i++) {
			if (polygons.get(i).thicknessKm() < properties.minRadiusKm()) {
				violations.add(new Violation("area.polygons[" + i + "]", "is too small or too thin: it must be at "
						+ "least as wide as a circle of " + properties.minRadius() + " km radius, so that it cannot "
						+ "single out a citizen"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** @param question appended to the wording on a line of its own; null when the alert asks nothing */
	private SmsText sms(String field, String text, String sender, String title, String body, String question) {
		if (!StringUtils.hasText(text)) {
			SmsText derived = SmsText.derive(sender, title, body, properties.derivedSmsSegments());
			return question == null ? derived : SmsText.of(derived.text() + "\n" + question);
		}
		SmsText sms = SmsText.of(question == null ? text.strip() : text.strip() + "\n" + question);
		if (sms.segments() > properties.maxSmsSegments()) {
			throw new InvalidInputException(field, "needs " + sms.segments() + " " + sms.encoding()
					+ " segments; at most " + properties.maxSmsSegments() + " are allowed");
		}
		return sms;
	}
}
