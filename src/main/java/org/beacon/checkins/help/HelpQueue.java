package org.beacon.checkins.help;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.checkins.CheckInNotFoundException;
import org.beacon.checkins.SafetyAnswer;
import org.beacon.checkins.help.CrisisStaff.Access;
import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.beacon.checkins.store.HelpCaseStore;
import org.beacon.checkins.store.HelpCaseStore.Row;
import org.beacon.checkins.store.HelpCaseStore.Status;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Masking;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffMember;
import org.beacon.subscribers.CrisisContacts;
import org.beacon.subscribers.CrisisContacts.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A check-in's help queue for crisis staff: the citizens who said they need help, oldest first, with how to reach
 * them; a case is taken by one staff member, then resolved with a note. Each look and each action is audited, in its
 * transaction, with the ids of the citizens it showed or changed.
 */
@Service
public class HelpQueue {

	/** The longest note a resolution keeps. */
	public static final int MAX_NOTE = 2000;

	private static final Logger log = LoggerFactory.getLogger(HelpQueue.class);

	private final CrisisStaff crisisStaff;

	private final HelpCaseStore cases;

	private final CheckInStore checkIns;

	private final CrisisContacts contacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HelpQueue(CrisisStaff crisisStaff, HelpCaseStore cases, CheckInStore checkIns, CrisisContacts contacts,
			ApplicationEventPublisher events, Clock clock) {
		this.crisisStaff = crisisStaff;
		this.cases = cases;
		this.checkIns = checkIns;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A check-in crisis staff may work on, with how many of its help cases nobody has resolved yet (of every citizen:
	 * a count shows no one).
	 */
	public record Summary(UUID id, String title, List<String> countries, Instant openedAt, boolean open,
			long unresolved) {
	}

	/**
	 * The latest check-ins of the staff member's post's countries, newest first.
	 *
	 * @throws AccessDeniedException without role CRISIS
	 */
	@Transactional(readOnly = true)
	public List<Summary> checkIns(String username, int limit) {
		StaffMember member = crisisStaff.member(username);
		List<CheckIn> latest = checkIns.latest(limit).stream()
			.filter(checkIn -> checkIn.countries().stream().anyMatch(member::covers))
			.toList();
		Map<UUID, Long> unresolved = cases.unresolved(latest.stream().map(CheckIn::id).toList());
		Instant now = clock.instant();
		return latest.stream()
			.map(checkIn -> new Summary(checkIn.id(), checkIn.title(), checkIn.countries(), checkIn.openedAt(),
					checkIn.open(now), unresolved.getOrDefault(checkIn.id(), 0L)))
			.toList();
	}

	/**
	 * One page of the cases in {@code statuses}, oldest first, of citizens enrolled in the staff member's countries (a
	 * page may hold fewer than {@code limit} when others are not; go on while {@code next} is not null).
	 *
	 * @throws AccessDeniedException without role CRISIS
	 * @throws CheckInNotFoundException when there is no such check-in for their post
	 */
	@Transactional
	public HelpCase.Page queue(UUID checkInId, String username, Collection<Status> statuses, UUID after, int limit) {
		Access access = crisisStaff.to(checkInId, username);
		List<Row> rows = cases.page(checkInId, statuses, after, limit);
		Map<UUID, Contact> shown = contacts.of(rows.stream().map(Row::subscriberId).toList(), access::shows);
		List<HelpCase> page = rows.stream()
			.filter(row -> shown.containsKey(row.subscriberId()))
			.map(row -> view(row, shown.get(row.subscriberId())))
			.toList();
		events.publishEvent(StaffActed.on(checkInId, StaffAction.HELP_QUEUE_VIEW, username,
				Shown.detail(statuses + " page", page.stream().map(HelpCase::subscriberId).toList()), clock));
		return new HelpCase.Page(page, rows.size() < limit ? null : rows.get(rows.size() - 1).subscriberId());
	}

	/**
	 * Takes an open case: the staff member handles it. Taking a case one holds already changes nothing.
	 *
	 * @throws HelpCaseNotFoundException when the citizen has no case they may see
	 * @throws HelpCaseStateException when it is taken by someone else, or resolved
	 */
	@Transactional
	public HelpCase take(UUID checkInId, UUID subscriberId, String username) {
		Access access = crisisStaff.to(checkInId, username);
		Row before = visible(access, subscriberId);
		if (before.status() == Status.TAKEN && username.equals(before.takenBy())) {
			return find(access, subscriberId);
		}
		if (!cases.take(checkInId, subscriberId, username, clock.instant())) {
			throw new HelpCaseStateException(subscriberId, before.status(), before.status() == Status.TAKEN
					? "taken by " + before.takenBy() + " at " + before.takenAt() : "resolved; it cannot be taken");
		}
		events.publishEvent(StaffActed.on(checkInId, StaffAction.HELP_TAKE, username, "citizen " + subscriberId,
				clock));
		log.info("{} took the help case of citizen {} in check-in {}", Masking.typed(username), subscriberId,
				checkInId);
		return find(access, subscriberId);
	}

	/**
	 * Resolves a taken case with a note of what was done.
	 *
	 * @throws InvalidInputException 400 when the note is blank or longer than {@value #MAX_NOTE} characters
	 * @throws HelpCaseNotFoundException when the citizen has no case they may see
	 * @throws HelpCaseStateException when it is open (take it first) or resolved already
	 */
	@Transactional
	public HelpCase resolve(UUID checkInId, UUID subscriberId, String note, String username) {
		String kept = note == null ? "" : note.strip();
		if (kept.isEmpty() || kept.length() > MAX_NOTE) {
			throw new InvalidInputException("note", kept.isEmpty() ? "must say what was done"
					: "must be at most " + MAX_NOTE + " characters");
		}
		Access access = crisisStaff.to(checkInId, username);
		Row before = visible(access, subscriberId);
		if (!cases.resolve(checkInId, subscriberId, username, clock.instant(), kept)) {
			throw new HelpCaseStateException(subscriberId, before.status(), before.status() == Status.OPEN
					? "take it before resolving it" : "resolved already by " + before.resolvedBy());
		}
		events.publishEvent(StaffActed.on(checkInId, StaffAction.HELP_RESOLVE, username, "citizen " + subscriberId,
				clock));
		log.info("{} resolved the help case of citizen {} in check-in {}", Masking.typed(username), subscriberId,
				checkInId);
		return find(access, subscriberId);
	}

	private Row visible(Access access, UUID subscriberId) {
		UUID checkInId = access.checkIn().id();
		return cases.find(checkInId, subscriberId)
			.filter(row -> !contacts.of(List.of(subscriberId), access::shows).isEmpty())
			.orElseThrow(() -> new HelpCaseNotFoundException(checkInId, subscriberId));
	}

	private HelpCase find(Access access, UUID subscriberId) {
		Row row = cases.find(access.checkIn().id(), subscriberId).orElseThrow();
		return view(row, contacts.of(List.of(subscriberId), access::shows).get(subscriberId));
	}

	private static HelpCase view(Row row, Contact contact) {
		return new HelpCase(row.subscriberId(), row.status(), row.openedAt(), row.takenBy(), row.takenAt(),
				row.resolvedBy(), row.resolvedAt(), row.note(), row.answer() == SafetyAnswer.SAFE, row.answer(),
				row.channel(), row.answeredAt(), row.askedAt(), row.message(), row.help(), contact.email(),
				contact.phone(), contact.locale(), contact.places(),
				new HelpCase.EmergencyContact(contact.emergencyContactName(), contact.emergencyContactPhone()));
	}
}
