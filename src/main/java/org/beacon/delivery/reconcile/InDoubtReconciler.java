package org.beacon.delivery.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.beacon.delivery.SentMessages;
import org.beacon.delivery.reconcile.Verdicts.Outcome;
import org.beacon.delivery.reconcile.Verdicts.Verdict;
import org.beacon.fanout.AlertTexts;
import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.ledger.InDoubtDeliveries;
import org.beacon.ledger.InDoubtDeliveries.InDoubt;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * Settles, every {@code beacon.delivery.reconcile.every}, the deliveries a dead worker left SENDING: holds up to
 * {@code batch-size} of those claimed more than {@code in-doubt-after} ago ({@link InDoubtDeliveries#hold}: one
 * statement, so workers settling at once never take the same row), asks their provider what it took
 * ({@link Verdicts}), and records each as SENT with the provider's id, or sends it again. Runs on every SMS worker,
 * where the providers' clients are. No transaction is open while a provider is asked: the hold is a mark on the
 * rows, not a lock, and it ends by itself should this process die too.
 */
@Component
@ConditionalOnRole(Role.SMS)
class InDoubtReconciler {

	private static final Logger log = LoggerFactory.getLogger(InDoubtReconciler.class);

	private final InDoubtDeliveries inDoubt;

	private final List<SentMessages> lookups;

	private final AlertTexts texts;

	private final ReconcileProperties properties;

	InDoubtReconciler(InDoubtDeliveries inDoubt, List<SentMessages> lookups, AlertTexts texts,
			ReconcileProperties properties) {
		this.inDoubt = inDoubt;
		this.lookups = lookups;
		this.texts = texts;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${beacon.delivery.reconcile.every:PT30S}",
			fixedDelayString = "${beacon.delivery.reconcile.every:PT30S}")
	@SchedulerLock(name = "in-doubt-reconciliation")
	void scheduled() {
		settle();
	}

	/** One round. @return how many rows it held */
	int settle() {
		List<InDoubt> held = inDoubt.hold(properties.inDoubtAfter(), properties.holdFor(), properties.batchSize());
		if (held.isEmpty()) {
			return 0;
		}
		Map<UUID, Set<String>> wordsOfRound = new HashMap<>();
		Verdicts verdicts = new Verdicts(lookups, alert -> wordsOfRound.computeIfAbsent(alert, texts::sms),
				properties);
		List<Verdict> settled = held.stream().map(verdicts::of).toList();
		List<Answer> taken = settled.stream().filter(verdict -> verdict.outcome() == Outcome.TAKEN)
			.map(verdict -> Answer.accepted(verdict.row().deliveryId(), verdict.providerId()))
			.toList();
		inDoubt.found(taken);
		int again = inDoubt.sendAgain(settled.stream().filter(verdict -> verdict.outcome() == Outcome.NEVER_TAKEN)
			.map(Verdict::row)
			.toList());
		log.warn("{} deliveries were in doubt (their worker stopped during the provider call): {} taken by the "
				+ "provider, {} sent again, {} still in doubt", held.size(), taken.size(), again,
				held.size() - taken.size() - again);
		return held.size();
	}
}
