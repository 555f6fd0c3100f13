package org.beacon.platform.kafka;

import org.beacon.platform.Routed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which events leave the process for Kafka, and where to: every {@code @Externalized} event, routed by its
 * annotation, or by itself when it is {@link Routed}.
 */
@Configuration(proxyBeanMethods = false)
class EventRoutingConfiguration {

	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.select(EventExternalizationConfiguration.annotatedAsExternalized())
			.route(Routed.class, event -> RoutingTarget.forTarget(event.topic()).andKey(event.key()))
			.build();
	}
}
