package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.beacon.support.Api;
import org.beacon.support.BeaconProcesses;
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
 * A worker process dies with SIGKILL half-way through sending an alert — as under the OOM killer or on a lost node:
 * no shutdown, nothing committed, the rows it had claimed left SENDING, some of their messages already taken by
 * Twilio and some not. Another worker starts; it asks Twilio what it took for the rows in doubt, records those as
 * SENT and sends the rest. Counted at the stubs: every citizen has exactly one SMS and at least one email.
 */
class WorkerCrashIntegrationTests {

	static final int CITIZENS = 1500;

	/** Each SMS waits this long at Twilio, so the kill finds the worker with calls in flight. */
	static final int TWILIO_DELAY_MS = 100;

	final EmbeddedKafkaBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);

	/** The broker's address goes into JVM-wide system properties: put back as they were after the test. */
	final Properties systemProperties = (Properties) System.getProperties().clone();

	final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	final TwilioStub twilio = new TwilioStub();

	EmbeddedPostgres postgres;

	BeaconProcesses processes;

	@Test
	void aWorkerKilledMidFanOutLosesNoCitizenAndSendsNoSmsTwice() throws Exception {
		kafka.afterPropertiesSet();
		postgres = EmbeddedPostgres.builder().start();
		smtp.start();
		twilio.acceptSlowly(TWILIO_DELAY_MS);
		processes = new BeaconProcesses("worker-crash", List.of(
				"--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(), "--beacon.kafka.partitions=6",
				// A dead consumer's partitions go to the living within seconds, not the default 45.
				"--spring.kafka.consumer.properties.session.timeout.ms=6000",
				"--spring.kafka.consumer.properties.heartbeat.interval.ms=1000",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--beacon.delivery.twilio.api-url=" + twilio.baseUrl(),
				"--beacon.delivery.rate.default-per-second=10000"));
		int apiPort = BeaconProcesses.freePort();
		int firstPort = BeaconProcesses.freePort();
		processes.start("api", apiPort, "api");
		Process first = processes.start("worker-1", firstPort, "fanout,sms,email");
		processes.awaitReady(apiPort, firstPort);
		JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""));
		Citizens.inMali(jdbc, TestKeys.cipher(), CITIZENS, "crash", "+223768");

		issueAlert(apiPort);
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
			.until(() -> twilio.taken().size() >= CITIZENS / 5 && sending(jdbc, "SMS") > 0);
		processes.kill(first);

		long inDoubt = sending(jdbc, "SMS");
		assertThat(twilio.taken()).as("killed half-way").hasSizeLessThan(CITIZENS);
		assertThat(inDoubt).as("SMS left SENDING by the killed worker").isPositive();
		int secondPort = BeaconProcesses.freePort();
		processes.start("worker-2", secondPort, "fanout,sms,email", "--beacon.delivery.reconcile.in-doubt-after=PT5S",
				"--beacon.delivery.reconcile.every=PT2S");
		processes.awaitReady(secondPort);

		await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
				"SELECT count(*) FROM delivery WHERE status = 'SENT'", Long.class) == 2L * CITIZENS);
		assertThat(ScaleOutIntegrationTests.countBy(twilio.taken().stream().map(message -> message.to())))
			.as("SMS per citizen, as Twilio took them").hasSize(CITIZENS)
			.allSatisfy((to, count) -> assertThat(count).as("SMS to %s", to).isEqualTo(1));
		assertThat(ScaleOutIntegrationTests.countBy(Arrays.stream(smtp.getReceivedMessages())
			.map(ScaleOutIntegrationTests::recipient))).as("emails per citizen").hasSize(CITIZENS);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE claimed_by LIKE 'reconciler@%'",
				Long.class)).as("SMS found at Twilio by the reconciler, of %d in doubt", inDoubt).isPositive();
	}

	static long sending(JdbcTemplate jdbc, String channel) {
		return jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'SENDING' AND channel = ?",
				Long.class, channel);
	}

	void issueAlert(int apiPort) {
		Api api = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + apiPort)));
		Api.Response issued = api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "MODERATE", "title",
				"Leave Bamako", "body", "Leave Bamako while commercial flights are available.", "area", Api.json("countries", List.of("ML")), "channels",
				List.of("EMAIL", "SMS")));
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(202);
	}

	@AfterEach
	void stopEverything() throws Exception {
		if (processes != null) {
			processes.close();
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
