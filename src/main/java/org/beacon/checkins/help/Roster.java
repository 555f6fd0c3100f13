package org.beacon.checkins.help;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.beacon.checkins.CheckInNotFoundException;
import org.beacon.checkins.help.CrisisStaff.Access;
import org.beacon.checkins.help.RosterEntry.Standing;
import org.beacon.checkins.store.AnswerStore;
import org.beacon.checkins.store.AnswerStore.Answer;
import org.beacon.checkins.store.HelpCaseStore;
import org.beacon.checkins.store.HelpCaseStore.Status;
import org.beacon.ledger.AlertRecipients;
import org.beacon.ledger.AlertRecipients.Reached;
import org.beacon.platform.Masking;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.subscribers.CrisisContacts;
import org.beacon.subscribers.CrisisContacts.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A check-in's roster for crisis staff: every recipient enrolled in their post's countries, in subscriber order, with
 * their latest answer, or none, or that no message reached them; page by page, or all of it for a CSV file. Every
 * page and every export is audited.
 */
@Service
public class Roster {

	/** The page size of an export: a few statements per thousand recipients. */
	static final int EXPORT_PAGE = 1000;

	private static final Logger log = LoggerFactory.getLogger(Roster.class);

	private final CrisisStaff crisisStaff;

	private final AlertRecipients recipients;

	private final AnswerStore answers;

	private final HelpCaseStore cases;

	private final CrisisContacts contacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Roster(CrisisStaff crisisStaff, AlertRecipients recipients, AnswerStore answers, HelpCaseStore cases,
			CrisisContacts contacts, ApplicationEventPublisher events, Clock clock) {
		this.crisisStaff = crisisStaff;
		this.recipients = recipients;
		this.answers = answers;
		this.cases = cases;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One page of the roster (a page may hold fewer than {@code limit} recipients when some are enrolled elsewhere; go
	 * on while {@code next} is not null); audited with the ids it shows.
	 *
	 * @param after the {@code next} of the previous page; null for the first
	 * @throws AccessDeniedException without role CRISIS
	 * @throws CheckInNotFoundException when there is no such check-in for their post
	 */
	@Transactional
	public RosterEntry.Page page(UUID checkInId, String username, UUID after, int limit) {
		RosterEntry.Page page = read(crisisStaff.to(checkInId, username), after, limit);
		events.publishEvent(StaffActed.on(checkInId, StaffAction.ROSTER_VIEW, username,
				Shown.detail("roster page", page.recipients().stream().map(RosterEntry::subscriberId).toList()),
				clock));
		return page;
	}

	/**
	 * Checks that the staff member may export the roster, before anything is written.
	 *
	 * @throws AccessDeniedException without role CRISIS
	 * @throws CheckInNotFoundException when there is no such check-in for their post
	 */
	public void checkExport(UUID checkInId, String username) {
		crisisStaff.to(checkInId, username);
	}

	/**
	 * Hands every recipient of the roster to {@code sink}, page by page, each page read in a statement of its own so
	 * that no transaction stays open while a slow client downloads. The audit entry, with how many citizens were
	 * handed over, is written at the end, also when the export stopped half-way.
	 *
	 * @return how many recipients were handed over
	 */
	public long export(UUID checkInId, String username, Consumer<RosterEntry> sink) {
		Access access = crisisStaff.to(checkInId, username);
		long exported = 0;
		boolean complete = false;
		try {
			UUID after = null;
			do {
				RosterEntry.Page page = read(access, after, EXPORT_PAGE);
				for (RosterEntry entry : page.recipients()) {
					sink.accept(entry);
					exported++;
				}
				after = page.next();
			}
			while (after != null);
			complete = true;
		}
		finally {
			events.publishEvent(StaffActed.on(checkInId, StaffAction.ROSTER_EXPORT, username, "roster CSV: "
					+ exported + " citizens of " + countries(access) + (complete ? "" : " (stopped before the end)"),
					clock));
			log.info("{} exported {} recipients of check-in {}", Masking.typed(username), exported, checkInId);
		}
		return exported;
	}

	private RosterEntry.Page read(Access access, UUID after, int limit) {
		UUID checkInId = access.checkIn().id();
		List<Reached> reached = recipients.page(access.checkIn().waveIds(), after, limit);
		List<UUID> ids = reached.stream().map(Reached::subscriberId).toList();
		Map<UUID, Contact> shown = contacts.of(ids, access::shows);
		List<UUID> shownIds = ids.stream().filter(shown::containsKey).toList();
		Map<UUID, Answer> latest = answers.latest(checkInId, shownIds);
		Map<UUID, Status> helpCases = cases.statuses(checkInId, shownIds);
		List<RosterEntry> entries = new ArrayList<>(shownIds.size());
		for (Reached recipient : reached) {
			Contact contact = shown.get(recipient.subscriberId());
			if (contact != null) {
				entries.add(entry(recipient, latest.get(recipient.subscriberId()),
						helpCases.get(recipient.subscriberId()), contact));
			}
		}
		return new RosterEntry.Page(entries, reached.size() < limit ? null : ids.get(ids.size() - 1));
	}

	private static RosterEntry entry(Reached recipient, Answer answer, Status helpCase, Contact contact) {
		Standing standing = answer != null ? Standing.valueOf(answer.answer().name())
				: recipient.unreachable() ? Standing.UNREACHABLE : Standing.NO_ANSWER;
		return new RosterEntry(recipient.subscriberId(), standing, answer == null ? null : answer.channel(),
				answer == null ? null : answer.answeredAt(), answer == null ? null : answer.message(),
				recipient.channels(), helpCase, contact.email(), contact.phone(), contact.locale(), contact.places(),
				contact.emergencyContactName(), contact.emergencyContactPhone());
	}

	private static List<String> countries(Access access) {
		return access.checkIn().countries().stream().filter(access::shows).toList();
	}
}
