package org.beacon.checkins;

import java.time.Clock;
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
import org.beacon.platform.Masking;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.NumberHolders;
import org.beacon.subscribers.NumberHolders.Holder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a batch of SMS replies for {@link SmsAnswers}: one lookup of the senders' enrollments, one of the check-ins'
 * SMS sent to them, one transaction storing the batch's answers, and what to text back to each reply, in the
 * replies' order.
 */
@Component
class SmsReplyBatches {

	private static final Logger log = LoggerFactory.getLogger(SmsReplyBatches.class);

	/** An SMS reply: its sender's E.164 number and what they wrote. */
	record Inbound(String from, String body) {
	}

	private final NumberHolders holders;

	private final Addressees addressees;

	private final CheckInStore checkIns;

	private final SafetyAnswers answers;

	private final EmergencyLines lines;

	private final MessageSource messages;

	private final CheckInsProperties properties;

	private final Clock clock;

	SmsReplyBatches(NumberHolders holders, Addressees addressees, CheckInStore checkIns, SafetyAnswers answers,
			EmergencyLines lines, MessageSource messages, CheckInsProperties properties, Clock clock) {
		this.holders = holders;
		this.addressees = addressees;
		this.checkIns = checkIns;
		this.answers = answers;
		this.lines = lines;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reads a batch of replies, stores their answers in one transaction, and says what to text back to each. */
	List<Optional<String>> readAll(List<Inbound> inbound) {
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
}
