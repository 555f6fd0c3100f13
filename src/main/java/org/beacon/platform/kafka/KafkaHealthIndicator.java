package org.beacon.platform.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Kafka's check: the cluster answers within a few seconds. It is part of the readiness of the worker roles
 * ({@code /actuator/health/readiness}; {@link KafkaReadiness}): a worker that cannot reach Kafka can deliver nothing, so
 * it should get no work; it is still alive, and its clients reconnect on their own when Kafka is back.
 */
@Component("kafkaHealthIndicator")
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private static final int TIMEOUT_MS = 3000;

	private final KafkaAdmin admin;

	private volatile AdminClient client;

	KafkaHealthIndicator(KafkaAdmin admin) {
		super("Kafka is not reachable");
		this.admin = admin;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = client().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
		String clusterId = cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
		Collection<Node> nodes = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
		builder.up().withDetail("clusterId", clusterId).withDetail("brokers", nodes.size());
	}

	/** One client for all checks, created at the first: creating one per check would open connections each time. */
	private AdminClient client() {
		if (client == null) {
			synchronized (this) {
				if (client == null) {
					Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
					config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
					config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
					client = AdminClient.create(config);
				}
			}
		}
		return client;
	}

	@Override
	public void destroy() {
		if (client != null) {
			client.close();
		}
	}
}
