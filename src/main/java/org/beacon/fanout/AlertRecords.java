package org.beacon.fanout;

import java.util.Optional;
import java.util.UUID;

import org.beacon.ledger.FanoutRuns;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The alert records fan-outs started from, kept with their run ({@link FanoutRuns#started(UUID, String)}): the fan-out
 * reads no alert from {@code broadcast}, so the record is all it has to build a job again once its first one is gone.
 */
@Component
class AlertRecords {

	private final FanoutRuns runs;

	private final ObjectMapper json;

	AlertRecords(FanoutRuns runs, ObjectMapper json) {
		this.runs = runs;
		this.json = json;
	}

	/** The fan-out of this alert starts; the first record of the alert is the one kept. */
	void started(AlertRecord alert) {
		try {
			runs.started(alert.alertId(), json.writeValueAsString(alert));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("an alert record read from JSON is written as JSON", ex);
		}
	}

	/** The record the alert's fan-out started from; empty when it ran before records were kept. */
	Optional<AlertRecord> of(UUID alertId) {
		return runs.alertRecord(alertId).map(this::read);
	}

	private AlertRecord read(String record) {
		try {
			return json.readValue(record, AlertRecord.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a kept alert record is no longer readable", ex);
		}
	}
}
