package org.beacon.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Watches the ledger for the sampled "delivered" reports of {@link StatusCallbacks}: a report's lag is the time from
 * Beacon's answer to its callback until its row shows DELIVERED, read every 100 ms (so to within that).
 */
final class ReportLag {

	private final JdbcTemplate jdbc;

	private final StatusCallbacks callbacks;

	private final List<Long> lagsMs = Collections.synchronizedList(new ArrayList<>());

	private final Thread watcher;

	ReportLag(JdbcTemplate jdbc, StatusCallbacks callbacks) {
		this.jdbc = jdbc;
		this.callbacks = callbacks;
		this.watcher = Polling.every(100, this::look, "bench-report-lag");
	}

	List<Long> samples() {
		return List.copyOf(lagsMs);
	}

	void stop() throws InterruptedException {
		watcher.interrupt();
		watcher.join();
		look();
	}

	private void look() {
		Map<String, Long> waiting = Map.copyOf(callbacks.sampled);
		if (waiting.isEmpty()) {
			return;
		}
		long now = System.nanoTime();
		List<String> applied = jdbc.queryForList("""
				SELECT provider_id FROM delivery
				WHERE provider_id = ANY(?) AND provider_id IS NOT NULL AND status = 'DELIVERED'""", String.class,
				(Object) waiting.keySet().toArray(String[]::new));
		for (String sid : applied) {
			Long accepted = callbacks.sampled.remove(sid);
			if (accepted != null) {
				lagsMs.add(Math.max(0, now - accepted) / 1_000_000);
			}
		}
	}
}
