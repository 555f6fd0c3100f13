package org.beacon.platform;

/**
 * An event that chooses its own Kafka topic and key when it is externalized, for routing that depends on the event
 * (an urgent alert takes the priority lane). The event must still be annotated {@code @Externalized}.
 */
public interface Routed {

	String topic();

	String key();
}
