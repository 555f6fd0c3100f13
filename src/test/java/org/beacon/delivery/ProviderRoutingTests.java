package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.beacon.subscribers.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The routing between a channel's providers: weights while they are up, the next one when one's circuit opens. */
class ProviderRoutingTests {

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	ProviderCircuits circuits;

	ProviderRouting routing(String sms) {
		DeliveryProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
				"beacon.delivery.routing.sms", sms, "beacon.delivery.circuit.open-for", "PT1H")))
			.bindOrCreate("beacon.delivery", DeliveryProperties.class);
		circuits = new ProviderCircuits(properties, meters);
		return new ProviderRouting(properties, circuits);
	}

	@Test
	void sharesTrafficByWeightAmongProvidersThatAreUp() {
		ProviderRouting routing = routing("twilio:70,sns:30");

		Map<String, Integer> chosen = draw(routing, 10_000);

		// 7,000 expected with a standard deviation of 46: 500 either way cannot happen by chance.
		assertThat(chosen.get("twilio")).isBetween(6_500, 7_500);
		assertThat(chosen.get("sns")).isBetween(2_500, 3_500);
	}

	@Test
	void sendsNothingToAStandbyWhileThePrimaryIsUp() {
		ProviderRouting routing = routing("twilio:100,sns:0");

		assertThat(draw(routing, 1_000)).containsOnlyKeys("twilio");
	}

	@Test
	void movesTheTrafficOfAProviderWhoseCircuitOpenedToTheNextOneUp() {
		ProviderRouting routing = routing("twilio:100,sns:0");

		open("twilio");

		assertThat(circuits.isOpen("twilio")).isTrue();
		assertThat(draw(routing, 1_000)).containsOnlyKeys("sns");
		assertThat(routing.allDown(Channel.SMS)).isFalse();
		assertThat(meters.get("beacon.provider.circuit.state").tag("provider", "twilio").gauge().value())
			.isEqualTo(2.0);
	}

	@Test
	void givesWeightedTrafficToTheProvidersStillUpBeforeAnyStandby() {
		ProviderRouting routing = routing("twilio:50,vonage:50,sns:0");

		open("twilio");

		assertThat(draw(routing, 1_000)).containsOnlyKeys("vonage");
	}

	@Test
	void choosesNothingWhenEveryProviderIsDownOrExcluded() {
		ProviderRouting routing = routing("twilio:100,sns:0");

		assertThat(routing.choose(Channel.SMS, Set.of("twilio", "sns"))).isEmpty();
		assertThat(routing.choose(Channel.SMS, Set.of("twilio"))).contains("sns");
		open("twilio");
		open("sns");
		assertThat(routing.choose(Channel.SMS, Set.of())).isEmpty();
		assertThat(routing.allDown(Channel.SMS)).isTrue();
	}

	@Test
	void aProviderThatRefusesMessagesButAnswersStaysUp() {
		ProviderRouting routing = routing("twilio:100,sns:0");

		for (int call = 0; call < 20; call++) {
			circuits.tryPermit("twilio").orElseThrow().failed(new DeliveryFailure(true, "twilio:21211", "invalid", null));
		}

		assertThat(routing.choose(Channel.SMS, Set.of())).contains("twilio");
	}

	/** Transient failures, as many as the breaker needs to open (at least 10 of the last 20 calls by default). */
	void open(String provider) {
		for (int call = 0; call < 20 && !circuits.isOpen(provider); call++) {
			circuits.tryPermit(provider).orElseThrow().failed(new DeliveryFailure(false, provider + ":503", "down", null));
		}
	}

	static Map<String, Integer> draw(ProviderRouting routing, int times) {
		Map<String, Integer> chosen = new HashMap<>();
		for (int i = 0; i < times; i++) {
			Optional<String> provider = routing.choose(Channel.SMS, Set.of());
			chosen.merge(provider.orElseThrow(), 1, Integer::sum);
		}
		return chosen;
	}
}
