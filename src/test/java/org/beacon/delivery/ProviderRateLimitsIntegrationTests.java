package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.beacon.subscribers.Channel;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rate limit holds across processes: two workers, each with its own limiter as if in its own JVM, share one
 * bucket in PostgreSQL (of a test sender, apart from Beacon's own). What is checked is a lower bound on time (the
 * limit cannot be beaten), not a speed.
 */
class ProviderRateLimitsIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void twoWorkersTogetherSendNoFasterThanTheSendersLimit() throws Exception {
		jdbc.update("DELETE FROM rate_bucket WHERE id LIKE 'test:%'");
		ProviderRateLimits first = new ProviderRateLimits(dataSource, "test", provider -> 5);
		ProviderRateLimits second = new ProviderRateLimits(dataSource, "test", provider -> 5);
		ExecutorService workers = Executors.newFixedThreadPool(4);
		long started = System.nanoTime();
		List<Future<?>> sends = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ProviderRateLimits limits = i % 2 == 0 ? first : second;
			sends.add(workers.submit(() -> limits.acquire(Channel.SMS, "twilio", 1)));
		}
		for (Future<?> send : sends) {
			send.get();
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		workers.shutdown();

		// 5 tokens at once, then 5 a second: the 20th message cannot leave before 3 seconds.
		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
	}
}
