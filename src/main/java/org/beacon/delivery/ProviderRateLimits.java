package org.beacon.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * Messages per second per provider sender, held across every worker process together: the token buckets live in
 * PostgreSQL (Bucket4j), so three workers behind a 100-per-second Twilio short code send 100 per second in all, not
 * 300. A worker waits for a token before each provider call.
 */
@Component
public class ProviderRateLimits {

	private final ProxyManager<String> buckets;

	private final String sender;

	private final Map<Channel, Integer> perSecond;

	private final Map<Channel, BucketProxy> proxies = new ConcurrentHashMap<>();

	@Autowired
	ProviderRateLimits(DataSource dataSource, DeliveryProperties properties) {
		this(dataSource, "provider", Map.of(Channel.SMS, properties.rate().smsPerSecond(), Channel.EMAIL,
				properties.rate().emailPerSecond()));
	}

	/**
	 * @param sender names the buckets ({@code provider} for Beacon's own senders): limiters of one sender share its
	 * buckets, in whatever process they run
	 * @param perSecond messages per second for each channel
	 */
	public ProviderRateLimits(DataSource dataSource, String sender, Map<Channel, Integer> perSecond) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_bucket")
			.build();
		this.sender = sender;
		this.perSecond = Map.copyOf(perSecond);
	}

	/** Waits until the channel's sender may send one more message. */
	public void acquire(Channel channel) {
		acquire(channel, 1);
	}

	/**
	 * Waits until the channel's sender may send {@code messages} more. A batch larger than a second's worth takes
	 * its tokens a second's worth at a time, so a bucket never has to hold more than its capacity.
	 */
	public void acquire(Channel channel, int messages) {
		BucketProxy bucket = proxies.computeIfAbsent(channel, this::bucket);
		int capacity = perSecond.getOrDefault(channel, 100);
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

	/** The channel's sender's messages per second: the most a worker sends in one burst. */
	public int perSecond(Channel channel) {
		return perSecond.getOrDefault(channel, 100);
	}

	private BucketProxy bucket(Channel channel) {
		int rate = perSecond.getOrDefault(channel, 100);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(rate).refillGreedy(rate, Duration.ofSeconds(1)))
			.build();
		return buckets.getProxy(sender + ":" + channel.name(), () -> configuration);
	}
}
