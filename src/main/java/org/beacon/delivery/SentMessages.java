package org.beacon.delivery;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a provider says it took: the port through which in-doubt deliveries are settled (a worker died between its
 * provider call and recording the answer). Implemented by each provider that can be asked; a provider without a
 * lookup has no implementation, and its in-doubt messages are sent again.
 */
public interface SentMessages {

	/** The provider's name as the ledger's {@code delivery.provider} records it. */
	String provider();

	/**
	 * The provider's id of a message it took for {@code to}, at or after {@code since}, whose body is one of
	 * {@code bodies}; the latest when there are several.
	 *
	 * @return empty when the provider took no such message
	 * @throws DeliveryFailure when the provider cannot be asked now: the message stays in doubt, asked about again
	 * later
	 */
	Optional<String> find(String to, Set<String> bodies, Instant since);
}
