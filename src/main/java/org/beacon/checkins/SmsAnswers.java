package org.beacon.checkins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beacon.checkins.SafetyAnswers.Recording;
import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.beacon.ledger.Addressees;
import org.beacon.ledger.Addressees.Addressed;
import org.beacon.platform.GroupCommit;
import org.beacon.platform.Masking;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.NumberHolders;
import org.beacon.subscribers.NumberHolders.Holder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads SMS replies as answers to check-ins. A reply is about the newest check-in sent by SMS to its number: while
 * that check-in is open, {@code 1} or {@code 2} is recorded for every enrollment of the number it was sent to, and
 * anything else is answered with the question again, recording nothing; once it has ended, the reply is answered with
 * the post's emergency number. A number no check-in was sent to is none of this feature's business.
 * <p>
 * After a check-in goes out, its replies come in a flood, each holding a request of the provider's open until it is
 * answered. They are read and stored a batch at a time ({@link GroupCommit}): one lookup of the numbers, one of what
 * was sent to them, and one transaction for the batch's answers, so a flood costs a few statements per batch rather
 * than several per reply. Each reply is still answered only once its answer is stored.
 */
@Service
public class SmsAnswers implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SmsAnswers.class);

	/** The most replies read in one batch. */
	private static final int BATCH = 500;

	/** The most replies waiting for a batch; more are refused, their provider's request failing at once. */
	private static final int WAITING = 20_000;

	/** How long a reply waits for its batch: well within the 15 seconds Twilio waits for an answer. */
	private static final Duration WAIT = Duration.ofSeconds(10);

	private record Inbound(String from, String body) {
	}

	private final NumberHolders holders;

	private final Addressees addressees;

	private final CheckInStore checkIns;

	private final SafetyAnswers answers;

	private final EmergencyLines lines;

	private final MessageSource messages;

	private final CheckInsProperties properties;

	private final Clock clock;

	private final GroupCommit<Inbound, Optional<String>> replies;

	SmsAnswers(NumberHolders holders, Addressees addressees, CheckInStore checkIns, SafetyAnswers answers,
			EmergencyLines lines, MessageSource messages, CheckInsProperties properties, Clock clock) {
		this.holders = holders;
		this.addressees = addressees;
		this.checkIns = checkIns;
		this.answers = answers;
		this.lines = lines;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.replies = new GroupCommit<>("beacon-sms-answers", BATCH, WAITING, WAIT, this::replyAll);
	}

	/**
	 * Takes a reply as an answer to the newest check-in sent to its number.
	 *
	 * @param from the sender's E.164 number
	 * @return what to text back; empty when no recent check-in was sent to the number
	 * @throws GroupCommit.NotDone when the reply could not be read in time (too many waiting, or the database slow)
	 */
	public Optional<String> reply(String from, String body) {
		return replies.submit(new Inbound(from, body));
	}

	/** Reads a batch of replies, stores their answers in one transaction, and says what to text back to each. */
	private List<Optional<String>> replyAll(List<Inbound> inbound) {
		Instant now = clock.instant();
		Map<UUID, CheckIn> recent = recent(now);
		Map<String, List<Holder>> enrollments = recent.isEmpty() ? Map.of()
				: holders.of(inbound.stream().map(Inbound::from).toList());
		if (enrollments.isEmpty()) {
			return inbound.stream().map(reply -> Optional.<String>empty()).toList();
		}
		Map<UUID, UUID> waves = waves(recent.values());
		SentBySms sent = new SentBySms(addressees.of(enrollments.values().stream().flatMap(List::stream)
			.map(Holder::subscriberId).toList(), waves.keySet(), Channel.SMS));
		List<Recording> recordings = new ArrayList<>();
		List<Optional<String>> texts = new ArrayList<>(inbound.size());
		for (Inbound reply : inbound) {
			texts.add(read(reply, enrollments.getOrDefault(reply.from(), List.of()), sent, recent, waves, now,
					recordings));
		}
		if (!recordings.isEmpty()) {
			answers.recordAll(recordings);
		}
		return texts;
	}

	/**
	 * One reply: what to text back, and the answer to record (added to {@code recordings}) if it is one.
	 */
	private Optional<String> read(Inbound inbound, List<Holder> enrollments, SentBySms all, Map<UUID, CheckIn> recent,
			Map<UUID, UUID> waves, Instant now, List<Recording> recordings) {
		List<Addressed> sent = all.to(enrollments);
		if (sent.isEmpty()) {
			return Optional.empty();
		}
		CheckIn newest = recent.get(waves.get(sent.get(0).alertId()));
		Locale locale = enrollments.get(0).locale();
		if (!newest.open(now)) {
			log.info("A reply from {} came after check-in {} ended", Masking.phone(inbound.from()), newest.id());
			return Optional.of(closed(newest, locale));
		}
		Optional<SmsReply> reply = SmsReply.read(inbound.body());
		if (reply.isEmpty()) {
			log.info("A reply from {} to check-in {} is no answer", Masking.phone(inbound.from()), newest.id());
			return Optional.of(text("checkin.sms.unclear", locale));
		}
		List<UUID> speaksFor = sent.stream()
			.filter(row -> waves.get(row.alertId()).equals(newest.id()))
			.map(Addressed::subscriberId)
			.distinct()
			.toList();
		recordings.add(new Recording(newest.id(), speaksFor, reply.get().answer(), AnswerChannel.SMS,
				reply.get().message(), HelpDetails.NONE));
		return Optional.of(reply.get().answer() == SafetyAnswer.SAFE ? text("checkin.sms.safe", locale)
				: text("checkin.sms.help", locale, lines.post(newest).name(), lines.phone(newest)));
	}

	/** The check-ins a reply may be about: opened within the late-answer window, by id. */
	private Map<UUID, CheckIn> recent(Instant now) {
		return checkIns.openedSince(now.minus(properties.lateAnswers()).minus(properties.waveInterval()))
			.stream()
			.filter(checkIn -> checkIn.ended().plus(properties.lateAnswers()).isAfter(now))
			.collect(Collectors.toMap(CheckIn::id, Function.identity()));
	}

	/** Each wave's ledger id, mapped to its check-in. */
	private static Map<UUID, UUID> waves(Collection<CheckIn> checkIns) {
		return checkIns.stream()
			.flatMap(checkIn -> checkIn.waveIds().stream().map(wave -> Map.entry(wave, checkIn.id())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private String closed(CheckIn checkIn, Locale locale) {
		String ended = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", locale)
			.withZone(ZoneOffset.UTC)
			.format(checkIn.ended());
		return text("checkin.sms.closed", locale, ended, lines.post(checkIn).name(), lines.phone(checkIn));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	@Override
	public void destroy() throws InterruptedException {
		replies.close();
	}
}
