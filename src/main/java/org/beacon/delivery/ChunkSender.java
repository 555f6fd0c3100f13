package org.beacon.delivery;

import java.util.List;

/**
 * Sends a chunk of claimed jobs through one provider, in order, over one connection where the provider allows it
 * (one SMTP session for many emails, one kept-alive HTTPS connection for many SMS).
 *
 * @param <J> the channel's job
 */
@FunctionalInterface
public interface ChunkSender<J extends DeliveryJob> {

	/**
	 * @param provider the provider the routing chose, and the ledger rows record
	 * @return one answer per job, in the chunk's order. After a transient failure a sender may stop and answer the
	 * rest with {@link ProviderAnswer#failed} too: a provider that just failed is likely to fail again.
	 */
	List<ProviderAnswer> send(String provider, List<Claimed<J>> chunk);

	/** A job whose ledger row this worker claimed, with the destination the ledger gave for it. */
	record Claimed<J>(J job, String destination) {
	}
}
