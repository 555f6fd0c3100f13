package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Message.RecipientType;

import org.beacon.support.Api;
import org.beacon.support.Citizens;
import org.beacon.support.TestKeys;
import org.beacon.support.TwilioStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Beacon scales out on Kafka partitions: one API process and two worker processes — separate JVMs started with the
 * classpath of the packaged jar — share one Kafka broker and one PostgreSQL. An alert to a few thousand citizens is
 * delivered partly by each worker, and every citizen gets exactly one email and one SMS.
 */
class ScaleOutIntegrationTests {

	static final int CITIZENS = 2000;

	final EmbeddedKafkaBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);

	/**
	 * The embedded broker publishes its address in JVM-wide system properties, which the cached contexts of other
	 * test classes read: they are put back as they were after this test.
	 */
	final Properties systemProperties = (Properties) System.getProperties().clone();

	final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	final TwilioStub twilio = new TwilioStub();

	final List<Process> processes = new ArrayList<>();

	EmbeddedPostgres postgres;

	@Test
	void twoWorkerProcessesShareAnAlertAndEveryCitizenGetsOneMessagePerChannel() throws Exception {
		kafka.afterPropertiesSet();
		postgres = EmbeddedPostgres.builder().start();
		smtp.start();
		twilio.acceptAll();
		int apiPort = freePort();
		int[] workerPorts = { freePort(), freePort() };
		start("api", apiPort, "api");
		start("worker-1", workerPorts[0], "fanout,sms,email");
		start("worker-2", workerPorts[1], "fanout,sms,email");
		awaitReady(apiPort, workerPorts[0], workerPorts[1]);
		JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""));
		Citizens.inMali(jdbc, TestKeys.cipher(), CITIZENS, "scale", "+223766");

		issueAlert(apiPort);

		await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
				"SELECT count(*) FROM delivery WHERE status = 'SENT'", Long.class) == 2L * CITIZENS);
		List<Map<String, Object>> byWorker = jdbc.queryForList(
				"SELECT claimed_by, count(*) AS n FROM delivery GROUP BY claimed_by");
		assertThat(byWorker).as("deliveries per worker process: %s", byWorker).hasSize(2)
			.allSatisfy(worker -> assertThat((Long) worker.get("n")).isPositive());
		assertThat(countBy(Arrays.stream(smtp.getReceivedMessages()).map(ScaleOutIntegrationTests::recipient)))
			.hasSize(CITIZENS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
		assertThat(countBy(twilio.accepted().stream().map(message -> message.get("To"))))
			.hasSize(CITIZENS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
	}

	void start(String name, int port, String roles) throws IOException {
		Path logs = Files.createDirectories(Path.of("target", "scale-out"));
		Path data = Files.createTempDirectory("beacon-" + name + "-");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("beacon.app.classpath"),
				"org.beacon.BeaconApplication", "--server.port=" + port, "--beacon.roles=" + roles,
				"--beacon.embedded.kafka.enabled=false", "--beacon.embedded.postgres.enabled=false",
				"--beacon.embedded.data-dir=" + data, "--beacon.sandbox.enabled=false",
				"--beacon.advisories.seed-sample=false", "--beacon.staff.seed-demo=true",
				"--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(), "--beacon.kafka.partitions=6",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--beacon.delivery.twilio.api-url=" + twilio.baseUrl(),
				"--beacon.delivery.rate.default-per-second=10000"));
		// Every process seals contact points with the same keys, as a deployment's do.
		command.addAll(TestKeys.settings());
		processes.add(new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(logs.resolve(name + ".log").toFile())
			.start());
	}

	void awaitReady(int... ports) {
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
			assertThat(processes).allMatch(Process::isAlive);
			for (int port : ports) {
				HttpResponse<String> ready = http.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(ready.statusCode()).as("readiness of :%d", port).isEqualTo(200);
			}
		});
	}

	void issueAlert(int apiPort) {
		Api api = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + apiPort)));
		Api.Response issued = api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "MODERATE", "title",
				"Fuel shortages", "body", "Expect long lines at fuel stations.", "area", Api.json("countries", List.of("ML")), "channels",
				List.of("EMAIL", "SMS")));
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(202);
	}

	static <T> Map<T, Long> countBy(java.util.stream.Stream<T> values) {
		return values.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	static String recipient(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getRecipients(RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@AfterEach
	void stopEverything() throws Exception {
		processes.forEach(Process::destroy);
		for (Process process : processes) {
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		smtp.stop();
		twilio.stop();
		kafka.destroy();
		if (postgres != null) {
			postgres.close();
		}
		// In place, and last: cached contexts hold the Properties object itself, and the broker's destroy edits it.
		Properties current = System.getProperties();
		current.keySet().removeIf(key -> !systemProperties.containsKey(key));
		current.putAll(systemProperties);
	}
}
