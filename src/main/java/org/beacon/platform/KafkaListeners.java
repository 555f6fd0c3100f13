package org.beacon.platform;

/** Names of the listener container factories that listeners choose by {@code containerFactory}. */
public final class KafkaListeners {

	/**
	 * Batch listeners with manual acknowledgement: the listener gets a list of records, acknowledges it when done,
	 * or nacks it to have it again after a pause. A batch that throws is retried whole with growing delays, never
	 * dropped.
	 */
	public static final String BATCH = "batchListenerContainerFactory";

	private KafkaListeners() {
	}
}
