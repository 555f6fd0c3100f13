package org.beacon.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

import org.beacon.subscribers.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Messages per second per provider, held across every worker process together: the token buckets live in
 * PostgreSQL (Bucket4j), so three workers behind a 100-per-second Twilio short code send 100 per second in all, not
 * 300. Each provider has its own bucket: when Twilio fails and its traffic moves to SNS, SNS's limit applies to it.
 * A worker waits for tokens before it claims the rows it will send.
 */
@Component
public class ProviderRateLimits {

	private final ProxyManager<String> buckets;

	private final String sender;

	private final ToIntFunction<String> perSecond;

	private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();

	@Autowired
	ProviderRateLimits(DataSource dataSource, DeliveryProperties properties) {
		this(dataSource, "provider", properties.rate()::of);
	}

	/**
	 * @param sender names the buckets ({@code provider} for Beacon's own senders): limiters of one sender share its
	 * buckets, in whatever process they run
	 * @param perSecond messages per second for each provider, by name
	 */
	public ProviderRateLimits(DataSource dataSource, String sender, ToIntFunction<String> perSecond) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_bucket")
			.build();
		this.sender = sender;
		this.perSecond = perSecond;
	}

	/**
	 * Waits until the provider may be sent {@code messages} more. A batch larger than a second's worth takes its
	 * tokens a second's worth at a time, so a bucket never has to hold more than its capacity.
	 *
	 * @param channel the channel sending, for the failure when the worker stops meanwhile
	 */
	public void acquire(Channel channel, String provider, int messages) {
		BucketProxy bucket = proxies.computeIfAbsent(provider, this::bucket);
		int capacity = perSecond(provider);
		try {
			for (int left = messages; left > 0; left -= capacity) {
				bucket.asBlocking().consume(Math.min(left, capacity));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw DeliveryFailure.local(channel, "interrupted", "worker stopping", ex);
		}
	}

	/** The provider's messages per second: the most a worker sends it in one burst. */
	public int perSecond(String provider) {
		return perSecond.applyAsInt(provider);
	}

	private BucketProxy bucket(String provider) {
		int rate = perSecond(provider);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(rate).refillGreedy(rate, Duration.ofSeconds(1)))
			.build();
		return buckets.getProxy(sender + ":" + provider, () -> configuration);
	}
}
