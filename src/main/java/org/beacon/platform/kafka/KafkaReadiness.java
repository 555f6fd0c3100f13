package org.beacon.platform.kafka;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.beacon.platform.BeaconProperties;
import org.beacon.platform.Role;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * Kafka is part of readiness only for a process that runs a worker role (fan-out, SMS, email): a worker cut off from
 * Kafka can take no work. An API-only process ({@code beacon.roles=api}) stays ready through a Kafka outage: an
 * alert's event waits in the event publication registry (the outbox, in PostgreSQL) until Kafka is back, and a
 * delivery report Kafka does not take in time is applied to the ledger directly; taking its pods out of service would
 * only refuse alerts, Twilio's callbacks and one-click unsubscribes that it could have taken. Kafka's check still shows in {@code /actuator/health} on every process.
 */
@Component
class KafkaReadiness implements HealthEndpointGroupsPostProcessor {

	static final String KAFKA = "kafka";

	private static final String READINESS = "readiness";

	private final boolean needsKafka;

	KafkaReadiness(BeaconProperties beacon) {
		this.needsKafka = EnumSet.of(Role.FANOUT, Role.SMS, Role.EMAIL).stream().anyMatch(beacon::has);
	}

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		if (needsKafka || groups.get(READINESS) == null) {
			return groups;
		}
		Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
		for (String name : groups.getNames()) {
			HealthEndpointGroup group = groups.get(name);
			named.put(name, READINESS.equals(name) ? new WithoutKafka(group) : group);
		}
		return HealthEndpointGroups.of(groups.getPrimary(), named);
	}

	/** The configured group ({@code management.endpoint.health.group.readiness}) less Kafka's check. */
	private record WithoutKafka(HealthEndpointGroup group) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return !KAFKA.equals(name) && group.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return group.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return group.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return group.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return group.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return group.getAdditionalPath();
		}
	}
}
