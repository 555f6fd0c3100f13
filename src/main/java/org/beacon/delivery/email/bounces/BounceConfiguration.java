package org.beacon.delivery.email.bounces;

import org.beacon.ledger.DeliveryLedger;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.EmailConsent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

/** The bounce mailbox's poller, in email worker processes where {@code beacon.delivery.bounces.enabled} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(Role.EMAIL)
@ConditionalOnProperty(name = "beacon.delivery.bounces.enabled", havingValue = "true")
@EnableConfigurationProperties(BounceProperties.class)
class BounceConfiguration {

	@Bean
	BouncePoller bouncePoller(BounceProperties properties, DeliveryLedger ledger, EmailConsent consent,
			MeterRegistry meters) {
		return new BouncePoller(new BounceMailbox(properties), ledger, consent, meters);
	}
}
