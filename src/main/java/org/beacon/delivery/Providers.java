package org.beacon.delivery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beacon.subscribers.Channel;

/**
 * A channel's senders by provider name, checked against its routing when the worker starts: a route naming a
 * provider that is not configured stops the process with a message naming both, rather than failing every message
 * later.
 *
 * @param <S> the channel's port ({@code SmsSender}, {@code EmailSender})
 */
public final class Providers<S> {

	private final Map<String, S> senders;

	private Providers(Map<String, S> senders) {
		this.senders = senders;
	}

	/**
	 * @param name the provider's name of a sender
	 * @throws IllegalStateException when the routing names a provider none of the senders is
	 */
	public static <S> Providers<S> of(Channel channel, List<S> senders, Function<S, String> name,
			ProviderRouting routing) {
		Map<String, S> byName = senders.stream().collect(Collectors.toMap(name, Function.identity()));
		for (String provider : routing.providers(channel)) {
			if (!byName.containsKey(provider)) {
				throw new IllegalStateException("beacon.delivery.routing." + channel.name().toLowerCase() + " names '"
						+ provider + "', but the " + channel + " providers configured are " + byName.keySet());
			}
		}
		return new Providers<>(Map.copyOf(byName));
	}

	/** The sender of a provider the routing chose. */
	public S get(String provider) {
		S sender = senders.get(provider);
		if (sender == null) {
			throw new IllegalArgumentException("no provider " + provider);
		}
		return sender;
	}
}
