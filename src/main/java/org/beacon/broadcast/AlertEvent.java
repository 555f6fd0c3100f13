package org.beacon.broadcast;

import java.util.UUID;

import org.beacon.platform.Routed;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event about one alert that leaves the process: it takes the alert's lane (EXTREME and SEVERE alerts the priority
 * topic) keyed by the alert's id, so that every event of an alert lands on one partition in the order it happened,
 * and it names its type and schema version in the record, for consumers outside Beacon.
 */
public interface AlertEvent extends Routed {

	UUID alertId();

	Severity severity();

	/** The version of this event's record; a consumer reads the fields of the versions it knows. */
	@JsonProperty("schemaVersion")
	int schemaVersion();

	/** The lane of the alert: EXTREME and SEVERE alerts take the priority lane. */
	@JsonProperty("urgent")
	default boolean urgent() {
		return severity().urgent();
	}

	@JsonProperty("type")
	default String type() {
		return getClass().getSimpleName();
	}

	@Override
	default String topic() {
		return severity().alertsTopic();
	}

	@Override
	default String key() {
		return alertId().toString();
	}
}
