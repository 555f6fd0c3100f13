package org.beacon.checkins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.ledger.Addressees.Addressed;
import org.beacon.subscribers.NumberHolders.Holder;

/** The SMS of recent check-ins sent to a batch of replies' enrollments, newest first, by enrollment. */
final class SentBySms {

	private final Map<UUID, List<Addressed>> bySubscriber = new HashMap<>();

	private final Map<Addressed, Integer> order = new HashMap<>();

	/** @param newestFirst the ledger's rows, as {@code Addressees} gives them */
	SentBySms(List<Addressed> newestFirst) {
		for (Addressed row : newestFirst) {
			order.put(row, order.size());
			bySubscriber.computeIfAbsent(row.subscriberId(), id -> new ArrayList<>()).add(row);
		}
	}

	/** What was sent to any of the enrollments, newest first. */
	List<Addressed> to(List<Holder> enrollments) {
		return enrollments.stream()
			.flatMap(holder -> bySubscriber.getOrDefault(holder.subscriberId(), List.of()).stream())
			.sorted(Comparator.comparing(order::get))
			.toList();
	}
}
