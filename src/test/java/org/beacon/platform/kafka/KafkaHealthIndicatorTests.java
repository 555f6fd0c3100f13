package org.beacon.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.core.KafkaAdmin;

class KafkaHealthIndicatorTests {

	@Test
	void isDownWhenNoBrokerAnswers() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		KafkaHealthIndicator indicator = new KafkaHealthIndicator(
				new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closed)));
		try {
			Health health = indicator.health();

			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		}
		finally {
			indicator.destroy();
		}
	}
}
