package org.beacon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.beacon.delivery.ProviderCircuits;
import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.platform.sandbox.SesSandbox;
import org.beacon.platform.sandbox.SnsSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Beacon with real parts: Kafka in KRaft mode (spring-kafka-test), PostgreSQL (embedded, fresh per test JVM),
 * GreenMail as the SMTP relay (behind {@link #RELAY}) and the IMAP server of the bounce mailbox ({@link #BOUNCES}),
 * WireMock as Twilio's API behind the real SDK, and the sandbox look-alikes of SNS and SES, the second providers,
 * behind the AWS SDK. Every test class extending it shares
 * one application context. Each test starts with no subscribers, alerts or deliveries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"beacon.embedded.kafka.enabled=false",
		"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
		"beacon.sandbox.enabled=false",
		"beacon.staff.seed-demo=true",
		"beacon.kafka.partitions=3",
		"beacon.delivery.retry-delay-ms=200",
		"beacon.delivery.attempts=3",
		"beacon.fanout.retry-delay-ms=200",
		"beacon.fanout.page-size=50",
		// A shard per 100 places in the area, at most one per partition: alerts to a few hundred citizens fan out in
		// several shards at once.
		"beacon.fanout.shard-size=100",
		"beacon.fanout.shards=3",
		"beacon.delivery.circuit.window=4",
		"beacon.delivery.circuit.minimum-calls=4",
		"beacon.delivery.circuit.open-for=PT1S",
		"beacon.delivery.circuit.trial-calls=2",
		// The poller reads the bounce mailbox when a test calls it: its schedule does not come round in a test run.
		"beacon.delivery.bounces.enabled=true",
		"beacon.delivery.bounces.poll-interval=PT1H",
		// Check-in waves go out when a test sends them (WaveSchedule.sendDue), on the test's clock.
		"beacon.checkin.wave-poll=PT1H",
		// The retention job runs when a test runs it (RetentionSchedule.run), on the test's clock: never on its own in
		// the middle of another test that moved the clock weeks ahead.
		"beacon.subscribers.retention-interval=PT24H",
		// Trip briefings are looked for when a test asks (BriefingSchedule.sendDue), on the test's clock: a run of its
		// own in the middle of a test would take the briefing the test is waiting for.
		"beacon.briefings.poll=PT24H",
		// Check-in pages are brought up to date by answers only (beacon.checkin.responses), not by their periodic refresh.
		"beacon.checkin.live.refresh=PT1H",
		// Every test signs in from 127.0.0.1: the suite's wrong passwords together must not lock the address.
		"beacon.web.login-attempts-per-address=100000" })
@EmbeddedKafka(kraft = true, partitions = 3)
@Import(BeaconIntegrationTest.TestParts.class)
public abstract class BeaconIntegrationTest {

	protected static final GreenMail SMTP = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

	/** The bounce mailbox's login on {@link #SMTP}'s IMAP server; its password is the same. */
	protected static final String BOUNCES = "bounces@beacon.test";

	protected static final TwilioStub TWILIO = new TwilioStub();

	/** Beacon's SMTP relay: GreenMail, through a relay a test can make fail. */
	protected static final SwitchableRelay RELAY;

	/** Amazon SNS, the second SMS provider: its sandbox look-alike. */
	protected static final SnsSandbox SNS;

	/** Amazon SES, the second email provider: its sandbox look-alike. */
	protected static final SesSandbox SES;

	private static final Path DATA;

	/** How long the work a test set off may take to end after the test. */
	private static final Duration IDLE_WITHIN = Duration.ofSeconds(60);

	static {
		SMTP.start();
		SMTP.setUser(BOUNCES, BOUNCES, BOUNCES);
		RELAY = new SwitchableRelay(SMTP.getSmtp().getPort());
		try {
			SNS = SnsSandbox.start(0, 10_000);
			SES = SesSandbox.start(0, 10_000, "sandbox");
			DATA = Files.createTempDirectory("beacon-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", RELAY::port);
		registry.add("beacon.delivery.sns.endpoint", () -> SNS.endpoint().toString());
		registry.add("beacon.delivery.ses.endpoint", () -> "http://127.0.0.1:" + SES.port());
		registry.add("beacon.delivery.bounces.port", () -> SMTP.getImap().getPort());
		registry.add("beacon.delivery.bounces.username", () -> BOUNCES);
		registry.add("beacon.delivery.bounces.password", () -> BOUNCES);
		registry.add("beacon.delivery.twilio.api-url", TWILIO::baseUrl);
		registry.add("beacon.embedded.data-dir", DATA::toString);
	}

	@Autowired
	protected TestRestTemplate http;

	@Autowired
	protected JdbcTemplate jdbc;

	/** Seals contact points for rows a test writes itself, and opens those it reads. */
	@Autowired
	protected ContactPointCipher cipher;

	/** An email address as {@code subscriber.email_sealed} holds it. */
	protected byte[] sealedEmail(String email) {
		return cipher.seal(email, SealedColumn.SUBSCRIBER_EMAIL);
	}

	/** A phone number as {@code subscriber.phone_sealed} holds it. */
	protected byte[] sealedPhone(String phone) {
		return cipher.seal(phone, SealedColumn.SUBSCRIBER_PHONE);
	}

	/** A destination as {@code delivery.destination_sealed} holds it. */
	protected byte[] sealedDestination(String destination) {
		return cipher.seal(destination, SealedColumn.DELIVERY_DESTINATION);
	}

	@Autowired
	protected MutableClock clock;

	@Autowired
	private ConfigurableApplicationContext context;

	@Autowired
	private ProviderCircuits circuits;

	@Autowired
	private PipelineIdle pipeline;

	@BeforeEach
	void startClean() throws Exception {
		ContextsClosedAfterTests.register(context);
		truncate();
		circuits.reset();
		SMTP.purgeEmailFromAllMailboxes();
		TWILIO.acceptAll();
		RELAY.failing(false);
		SNS.failing(false);
		SES.failing(false);
		clock.reset();
	}

	/**
	 * Empties the tables a test writes, once nothing is working on them any more. Work that does not end has already
	 * failed the test that set it off ({@link #finishWork()}); the tables are emptied all the same, so that it fails
	 * that test only.
	 */
	private void truncate() {
		pipeline.awaitOrGiveUp(IDLE_WITHIN);
		jdbc.execute("TRUNCATE subscriber, subscriber_location, alert, delivery, fanout_run, advisory, "
				+ "advisory_version, global_notice, advisory_ingest, event_publication, advisory_announcement, "
				+ "provider_status, checkin, briefing, advisory_feed_state CASCADE");
	}

	/**
	 * Waits for the work the test set off to end, so that it fails the test that caused it, not the next one, and
	 * no late message of it lands in the next test's GreenMail or Twilio stub.
	 */
	@AfterEach
	void finishWork() {
		try {
			pipeline.await(IDLE_WITHIN);
		}
		finally {
			clock.reset();
		}
	}

	/**
	 * Waits until everything set off so far has been done: the positive signal to wait for before asserting that
	 * something did not happen (once the pipeline is idle, an alert that had been sent would have its deliveries,
	 * however slow the machine).
	 */
	protected void awaitPipelineIdle() {
		pipeline.await(IDLE_WITHIN);
	}

	/** The API as citizens and staff use it; citizens it enrolls verify their contact points by the real flow. */
	protected Api api() {
		return new Api(http, new ProviderVerifier(SMTP, TWILIO));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestParts {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

		@Bean
		PipelineIdle pipelineIdle(JdbcTemplate jdbc, KafkaListenerEndpointRegistry listeners, KafkaAdmin admin) {
			return new PipelineIdle(jdbc, listeners, admin.getConfigurationProperties());
		}
	}
}
