package org.beacon.fanout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.beacon.checkins.SafetyAnswers;
import org.beacon.ledger.Deliveries;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.KnownRecipients;
import org.beacon.subscribers.Recipient;
import org.springframework.stereotype.Component;

/**
 * The audience of a check-in's later wave: the check-in's recipients, read from its ledger page by page in subscriber
 * order, less those who have answered, each asked on one channel. The channels climb a ladder, SMS, then email, then a
 * call: wave 2 asks by email, wave 3 calls. A citizen who cannot be reached on a wave's rung (no verified email, no
 * phone Beacon may use) is asked on the next rung they can be reached on, or, past the top, on the last one they can.
 */
@Component
class WaveAudience {

	/** The escalation ladder; wave {@code n} starts on rung {@code n - 1}. */
	static final List<Channel> LADDER = List.of(Channel.SMS, Channel.EMAIL, Channel.VOICE);

	private final Deliveries deliveries;

	private final SafetyAnswers answers;

	private final KnownRecipients known;

	WaveAudience(Deliveries deliveries, SafetyAnswers answers, KnownRecipients known) {
		this.deliveries = deliveries;
		this.answers = answers;
		this.known = known;
	}

	/** As {@link FollowUpAudience#forEachPage}, for the wave's record. */
	void forEachPage(AlertRecord wave, int pageSize, UUID start, UUID through, Consumer<List<Recipient>> page) {
		UUID checkIn = wave.follows();
		UUID after = start;
		while (true) {
			Map<UUID, Set<Channel>> addressed = deliveries.addressed(checkIn, after, through, pageSize);
			if (addressed.isEmpty()) {
				return;
			}
			Set<UUID> answered = answers.answered(checkIn, addressed.keySet());
			Map<UUID, Set<Channel>> silent = new HashMap<>();
			addressed.keySet().stream()
				.filter(subscriber -> !answered.contains(subscriber))
				.forEach(subscriber -> silent.put(subscriber, EnumSet.copyOf(LADDER)));
			List<Recipient> recipients = silent.isEmpty() ? List.of() : rung(known.of(silent), wave.wave());
			if (!recipients.isEmpty()) {
				page.accept(recipients);
			}
			after = addressed.keySet().stream().reduce((first, second) -> second).orElseThrow();
		}
	}

	/**
	 * Each citizen once: on the wave's rung when they can be reached there, else on the first rung above it they can,
	 * else on the highest rung below it they can.
	 */
	static List<Recipient> rung(List<Recipient> reachable, int wave) {
		Map<UUID, Map<Channel, Recipient>> ways = new LinkedHashMap<>();
		reachable.forEach(way -> ways.computeIfAbsent(way.subscriberId(), id -> new EnumMap<>(Channel.class))
			.put(way.channel(), way));
		int from = Math.min(wave, LADDER.size()) - 1;
		List<Recipient> chosen = new ArrayList<>(ways.size());
		for (Map<Channel, Recipient> citizen : ways.values()) {
			Recipient way = null;
			for (int rung = from; rung < LADDER.size() && way == null; rung++) {
				way = citizen.get(LADDER.get(rung));
			}
			for (int rung = from - 1; rung >= 0 && way == null; rung--) {
				way = citizen.get(LADDER.get(rung));
			}
			if (way != null) {
				chosen.add(way);
			}
		}
		return chosen;
	}
}
