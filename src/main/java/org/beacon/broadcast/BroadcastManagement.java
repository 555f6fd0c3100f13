package org.beacon.broadcast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.beacon.fanout.DeliveryProgress;
import org.beacon.fanout.DeliveryReports;
import org.beacon.geography.Geography;
import org.beacon.geography.Region;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.InvalidInputException.Violation;
import org.beacon.staff.Post;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff issue alerts for the countries their post covers, and follow their delivery. Issuing stores the alert and
 * publishes {@link AlertIssued} in one transaction, so an alert is either stored and on its way to Kafka, or not
 * issued at all.
 */
@Service
public class BroadcastManagement {

	private static final Logger log = LoggerFactory.getLogger(BroadcastManagement.class);

	static final String DEPARTMENT = "U.S. Department of State";

	private final Alerts alerts;

	private final StaffDirectory staff;

	private final Geography geography;

	private final DeliveryReports deliveries;

	private final ApplicationEventPublisher events;

	private final AdvisoryAlerts advisoryAlerts;

	private final BroadcastProperties properties;

	private final Clock clock;

	BroadcastManagement(Alerts alerts, StaffDirectory staff, Geography geography, DeliveryReports deliveries,
			ApplicationEventPublisher events, AdvisoryAlerts advisoryAlerts, BroadcastProperties properties,
			Clock clock) {
		this.alerts = alerts;
		this.staff = staff;
		this.geography = geography;
		this.deliveries = deliveries;
		this.events = events;
		this.advisoryAlerts = advisoryAlerts;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public AlertView issue(IssueAlertRequest request, String username) {
		StaffMember member = member(username);
		List<String> countries = countries(request.area().countries(), member);
		List<String> regions = regions(request.area().regions(), countries);
		SmsText sms = sms(request, member.postName());
		Alert alert = new Alert(UUID.randomUUID(), request.type(), request.severity(), request.title().strip(),
				request.body().strip(), sms.text(), null, countries, regions, AlertShapes.of(request.area()),
				Set.copyOf(request.channels()),
				member.postId(), username, clock.instant(), AlertStatus.ISSUED, null);
		alerts.insert(alert);
		events.publishEvent(alert.issued(member.postName()));
		log.info("{} issued {} {} alert {} for {} {} on {}", username, alert.severity(), alert.type(), alert.id(),
				countries, regions, alert.channels());
		return AlertView.of(alert, DeliveryProgress.notStarted());
	}

	@Transactional(readOnly = true)
	public AlertView find(UUID id, String username) {
		StaffMember member = member(username);
		Alert alert = alerts.find(id)
			.filter(found -> found.countries().stream().anyMatch(member::covers))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No alert " + id + " for the countries of your post"));
		return AlertView.of(alert, deliveries.progress(id));
	}

	@Transactional(readOnly = true)
	public List<AlertView.Summary> recent(String username, int limit) {
		StaffMember member = member(username);
		Set<String> countries = member.roles().contains(StaffRole.ADMIN) ? null : member.countries();
		return alerts.recent(countries, limit).stream()
			.map(alert -> new AlertView.Summary(alert.id(), alert.status(), alert.origin(), alert.type(),
					alert.severity(), alert.title(), alert.countries(), alert.issuedAt(),
					deliveries.progress(alert.id())))
			.toList();
	}

	/** Issues an alert held for review; the reviewer's post must cover its countries. */
	@Transactional
	public AlertView approve(UUID id, String username) {
		Alert held = reviewable(id, username);
		if (!alerts.review(id, AlertStatus.PENDING_REVIEW, AlertStatus.ISSUED, username, clock.instant())) {
			throw notPending(id);
		}
		Alert issued = alerts.find(id).orElseThrow();
		events.publishEvent(issued.issued(senderOf(issued)));
		advisoryAlerts.approved(issued);
		events.publishEvent(org.beacon.staff.StaffActed.on(id, org.beacon.staff.StaffAction.APPROVE_REVIEW, username,
				issued.title(), clock));
		log.info("{} approved held alert {} for {}", username, id, held.countries());
		return AlertView.of(issued, DeliveryProgress.notStarted());
	}

	/** Discards an alert held for review: it is never sent. */
	@Transactional
	public AlertView discard(UUID id, String username) {
		Alert held = reviewable(id, username);
		if (!alerts.review(id, AlertStatus.PENDING_REVIEW, AlertStatus.DISCARDED, username, clock.instant())) {
			throw notPending(id);
		}
		events.publishEvent(org.beacon.staff.StaffActed.on(id, org.beacon.staff.StaffAction.DISCARD, username,
				held.title(), clock));
		log.info("{} discarded held alert {}", username, id);
		return AlertView.of(alerts.find(id).orElseThrow(), deliveries.progress(id));
	}

	private Alert reviewable(UUID id, String username) {
		StaffMember member = member(username);
		Alert alert = alerts.find(id)
			.filter(found -> found.countries().stream().allMatch(member::covers))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No alert " + id + " for the countries of your post"));
		if (alert.status() != AlertStatus.PENDING_REVIEW) {
			throw notPending(id);
		}
		return alert;
	}

	private static ResponseStatusException notPending(UUID id) {
		return new ResponseStatusException(HttpStatus.CONFLICT, "Alert " + id + " is not waiting for review");
	}

	String senderOf(Alert alert) {
		return staff.post(alert.postId()).map(Post::name).orElse(DEPARTMENT);
	}

	private StaffMember member(String username) {
		return staff.find(username).orElseThrow(() -> new AccessDeniedException("No active staff account"));
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

	private SmsText sms(IssueAlertRequest request, String sender) {
		if (!StringUtils.hasText(request.smsText())) {
			return SmsText.derive(sender, request.title(), request.body(), properties.derivedSmsSegments());
		}
		SmsText sms = SmsText.of(request.smsText().strip());
		if (sms.segments() > properties.maxSmsSegments()) {
			throw new InvalidInputException("smsText", "needs " + sms.segments() + " " + sms.encoding()
					+ " segments; at most " + properties.maxSmsSegments() + " are allowed");
		}
		return sms;
	}
}
