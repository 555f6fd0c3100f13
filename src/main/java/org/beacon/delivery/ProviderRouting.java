package org.beacon.delivery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;

/**
 * Which provider a channel's next messages go through ({@code beacon.delivery.routing}). Each channel lists its
 * providers in order of preference with weights: traffic is shared by weight among those whose circuit is not open,
 * and when none with a weight is up it goes to the first one up in the list, so a provider of weight 0 is a standby.
 * A provider whose circuit opens (it failed or was slow, see {@link ProviderCircuits}) loses its traffic at once, and
 * wins it back through its breaker's trial calls once it answers again.
 */
@Component
public class ProviderRouting {

	private final Map<Channel, List<Route>> routes = new EnumMap<>(Channel.class);

	private final ProviderCircuits circuits;

	private final DeliveryProperties.Circuit settings;

	ProviderRouting(DeliveryProperties properties, ProviderCircuits circuits) {
		this.circuits = circuits;
		this.settings = properties.circuit();
		for (Channel channel : Channel.values()) {
			routes.put(channel, properties.routing().of(channel).stream().map(Route::parse).toList());
		}
	}

	/** A provider of a channel and its share of the traffic. */
	record Route(String provider, int weight) {

		static Route parse(String route) {
			int colon = route.lastIndexOf(':');
			return new Route(route.substring(0, colon), Integer.parseInt(route.substring(colon + 1)));
		}
	}

	/** The channel's providers, in order of preference. */
	public List<String> providers(Channel channel) {
		return routes.get(channel).stream().map(Route::provider).toList();
	}

	/**
	 * The provider the next messages of the channel go through: one whose circuit is not open, drawn by weight; the
	 * first one up in order when none with a weight is up.
	 *
	 * @param excluded providers not to choose (they just refused this batch's call)
	 * @return empty when every provider of the channel is down or excluded
	 */
	public Optional<String> choose(Channel channel, Set<String> excluded) {
		List<Route> up = new ArrayList<>();
		for (Route route : routes.get(channel)) {
			if (!excluded.contains(route.provider()) && !circuits.isOpen(route.provider())) {
				up.add(route);
			}
		}
		int total = up.stream().mapToInt(Route::weight).sum();
		if (total == 0) {
			return up.stream().findFirst().map(Route::provider);
		}
		int draw = ThreadLocalRandom.current().nextInt(total);
		for (Route route : up) {
			draw -= route.weight();
			if (draw < 0) {
				return Optional.of(route.provider());
			}
		}
		throw new IllegalStateException("weights drawn past their sum");
	}

	/** Whether every provider of the channel is down: nothing should be claimed for it now. */
	public boolean allDown(Channel channel) {
		return routes.get(channel).stream().allMatch(route -> circuits.isOpen(route.provider()));
	}

	/**
	 * Waits, up to the configured limit, while every provider of the channel is down. The worker holds its record
	 * meanwhile, so the backlog waits in Kafka rather than spending retry attempts on providers known to be down.
	 *
	 * @throws DeliveryFailure transient, when they stayed down for the whole wait
	 */
	void awaitAvailable(Channel channel) {
		long deadline = System.nanoTime() + settings.maxWait().toNanos();
		while (allDown(channel)) {
			if (System.nanoTime() > deadline) {
				throw DeliveryFailure.local(channel, "circuit-open",
						"every provider kept failing; calls stayed paused for " + settings.maxWait(), null);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw DeliveryFailure.local(channel, "interrupted", "worker stopping", ex);
			}
		}
	}
}
