package org.beacon.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts PostgreSQL and a Kafka broker inside the Beacon process so that {@code mvn spring-boot:run} needs nothing
 * installed. They are exposed as Spring Boot connection details, so the data source, Flyway, the Kafka clients and
 * the outbox use them exactly as they would use external servers, and every client bean waits for them to start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedProperties.class)
class EmbeddedInfrastructureConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructureConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "beacon.embedded.postgres.enabled", havingValue = "true", matchIfMissing = true)
	EmbeddedPostgres embeddedPostgres(EmbeddedProperties properties) throws IOException {
		Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(dir);
		// Recovery after an unclean stop can take longer than the library's default wait of 10 seconds.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("shared_buffers", properties.postgres().sharedBuffers());
		if (properties.postgres().port() > 0) {
			builder.setPort(properties.postgres().port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), dir);
		return postgres;
	}

	@Bean
	@ConditionalOnProperty(name = "beacon.embedded.postgres.enabled", havingValue = "true", matchIfMissing = true)
	JdbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}
		};
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "beacon.embedded.kafka.enabled", havingValue = "true", matchIfMissing = true)
	InProcessKafka inProcessKafka(EmbeddedProperties properties) throws Exception {
		EmbeddedProperties.Kafka kafka = properties.kafka();
		return InProcessKafka.start(properties.dataDir().resolve("kafka").toAbsolutePath(), kafka.port(),
				kafka.controllerPort());
	}

	@Bean
	@ConditionalOnProperty(name = "beacon.embedded.kafka.enabled", havingValue = "true", matchIfMissing = true)
	KafkaConnectionDetails inProcessKafkaConnection(InProcessKafka kafka) {
		List<String> servers = List.of(kafka.bootstrapServers());
		return () -> servers;
	}
}
