package org.beacon.checkins;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.beacon.checkins.CheckInView.Timeline;
import org.beacon.checkins.store.AnswerHistory;
import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.beacon.checkins.store.Tallies;
import org.beacon.platform.Masking;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins as this feature keeps them: opened when the alert that asks is issued, followed by staff of the posts
 * covering their countries, closed by staff or by their deadline.
 */
@Service
public class CheckIns {

	private static final Logger log = LoggerFactory.getLogger(CheckIns.class);

	private final CheckInStore store;

	private final Tallies tallies;

	private final AnswerHistory history;

	private final StaffDirectory staff;

	private final CheckInsProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CheckIns(CheckInStore store, Tallies tallies, AnswerHistory history, StaffDirectory staff,
			CheckInsProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.tallies = tallies;
		this.history = history;
		this.staff = staff;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A check-in that was just issued.
	 *
	 * @param id the id of the alert that asks
	 * @param channels the channels it was sent on ({@code EMAIL}, {@code SMS})
	 */
	public record Opening(UUID id, String postId, String title, List<String> countries, List<String> regions,
			List<String> channels, Instant openedAt, Instant deadline) {
	}

	/**
	 * Opens a check-in in the transaction that issues its alert, so that no answer can come for a check-in this
	 * feature does not know. Its second wave is due {@code beacon.checkin.wave-interval} after it opens. Opening one
	 * twice changes nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void open(Opening opening) {
		Instant nextWave = properties.waves() > 1 ? opening.openedAt().plus(properties.waveInterval()) : null;
		boolean opened = store.insert(new CheckIn(opening.id(), opening.postId(), opening.title(),
				opening.countries(), opening.regions(), opening.channels(), opening.openedAt(), opening.deadline(),
				null, null, 1, nextWave != null && nextWave.isBefore(opening.deadline()) ? nextWave : null));
		if (opened) {
			log.info("Check-in {} for {} {} takes answers until {}", opening.id(), opening.countries(),
					opening.regions(), opening.deadline());
		}
	}

	/** Whether the check-in takes answers now (and asks again): known, before its deadline, not closed. */
	@Transactional(readOnly = true)
	public boolean open(UUID id) {
		return store.find(id).map(checkIn -> checkIn.open(clock.instant())).orElse(false);
	}

	/**
	 * The check-in with its counts, for staff whose post covers one of its countries.
	 *
	 * @throws CheckInNotFoundException when there is none for them
	 */
	@Transactional(readOnly = true)
	public CheckInView find(UUID id, String username) {
		return view(readable(id, member(username)));
	}

	/**
	 * The check-in with its counts, whoever asks: for the live page's streams, whose readers were checked when they
	 * opened them ({@link #find(UUID, String)}); empty when there is no such check-in.
	 */
	@Transactional(readOnly = true)
	public Optional<CheckInView> report(UUID id) {
		return store.find(id).map(this::view);
	}

	private CheckInView view(CheckIn checkIn) {
		Instant now = clock.instant();
		boolean open = checkIn.open(now);
		Instant until = open ? now : checkIn.ended();
		Duration bucket = AnswerHistory.bucket(checkIn.openedAt(), until);
		return new CheckInView(checkIn.id(), checkIn.title(), checkIn.postId(), checkIn.countries(),
				checkIn.regions(), checkIn.openedAt(), checkIn.deadline(), checkIn.closedAt(), open,
				checkIn.wavesSent(), tallies.overall(checkIn), tallies.byPlace(checkIn), history.byWave(checkIn),
				new Timeline(bucket.toSeconds(), until, history.timeline(checkIn, bucket)));
	}

	/** The latest check-ins of the staff member's countries, newest first, with their overall counts. */
	@Transactional(readOnly = true)
	public List<CheckInView.Summary> recent(String username, int limit) {
		StaffMember member = member(username);
		Instant now = clock.instant();
		return store.latest(limit).stream()
			.filter(checkIn -> checkIn.countries().stream().anyMatch(member::covers))
			.map(checkIn -> new CheckInView.Summary(checkIn.id(), checkIn.title(), checkIn.countries(),
					checkIn.openedAt(), checkIn.deadline(), checkIn.open(now), tallies.overall(checkIn)))
			.toList();
	}

	/**
	 * The countries a check-in asked about (ISO 3166-1 alpha-2), to say where it was to someone who is not staff,
	 * such as a citizen's emergency contact; empty when there is no such check-in.
	 */
	@Transactional(readOnly = true)
	public List<String> countries(UUID id) {
		return store.find(id).map(CheckIn::countries).orElse(List.of());
	}

	/**
	 * Stops taking answers and asking again before the deadline; audited. Staff must cover every country of the
	 * check-in.
	 *
	 * @throws CheckInNotFoundException when there is none for them
	 * @throws CheckInClosedException when it had ended already
	 */
	@Transactional
	public CheckInView close(UUID id, String username) {
		StaffMember member = member(username);
		CheckIn checkIn = readable(id, member);
		if (!checkIn.countries().stream().allMatch(member::covers)) {
			throw new AccessDeniedException("Closing check-in " + id + " needs a post covering all of "
					+ checkIn.countries());
		}
		if (!store.close(id, username, clock.instant())) {
			throw new CheckInClosedException(id, checkIn.ended());
		}
		events.publishEvent(StaffActed.on(id, StaffAction.CLOSE_CHECK_IN, username, checkIn.title(), clock));
		log.info("{} closed check-in {}", Masking.typed(username), id);
		return find(id, username);
	}

	private CheckIn readable(UUID id, StaffMember member) {
		return store.find(id)
			.filter(checkIn -> checkIn.countries().stream().anyMatch(member::covers))
			.orElseThrow(() -> new CheckInNotFoundException(id));
	}

	private StaffMember member(String username) {
		return staff.find(username).orElseThrow(() -> new AccessDeniedException("Unknown staff member"));
	}
}
