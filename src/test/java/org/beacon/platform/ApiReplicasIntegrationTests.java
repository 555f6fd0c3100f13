package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.beacon.support.Api;
import org.beacon.support.Authenticator;
import org.beacon.support.BeaconProcesses;
import org.beacon.support.Feeds;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two API processes — separate JVMs started with the packaged application's classpath, as two replicas behind a
 * load balancer without sticky sessions — share one PostgreSQL and one Kafka broker, and nothing else: a session
 * opened on one is valid on the other, a passkey registration asked of one is completed by the other, failed sign-ins
 * count across both, and the advisory feed is read once per interval between them, with one ingest report per read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiReplicasIntegrationTests {

	static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

	/** A seeded demo account no other test here signs in with. */
	static final String APPROVER = "approver";

	/** A seeded demo account that registers a passkey here. */
	static final String PASSKEY_HOLDER = "crisis-officer";

	final EmbeddedKafkaBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);

	/** The embedded broker writes its address into the JVM's system properties: put back as they were afterwards. */
	final Properties systemProperties = (Properties) System.getProperties().clone();

	final AtomicInteger feedReads = new AtomicInteger();

	final AtomicInteger feedVersionsSent = new AtomicInteger();

	EmbeddedPostgres postgres;

	HttpServer feed;

	BeaconProcesses replicas;

	JdbcTemplate jdbc;

	String first;

	String second;

	String publicUrl;

	@BeforeAll
	void startTwoReplicas() throws Exception {
		kafka.afterPropertiesSet();
		postgres = EmbeddedPostgres.builder().start();
		feed = feedServer();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		int[] ports = { BeaconProcesses.freePort(), BeaconProcesses.freePort() };
		// Both replicas answer at one public address, as behind a load balancer: the passkeys' relying party.
		publicUrl = "http://localhost:" + ports[0];
		replicas = new BeaconProcesses("api-replicas", List.of("--beacon.public-url=" + publicUrl,
				"--spring.kafka.bootstrap-servers="
				+ kafka.getBrokersAsString(), "--beacon.kafka.partitions=3", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--beacon.advisories.poll.enabled=true",
				"--beacon.advisories.poll.url=http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml",
				"--beacon.advisories.poll.interval=" + POLL_INTERVAL, "--beacon.advisories.poll.initial-delay=PT1S"));
		replicas.start("api-1", ports[0], "api");
		replicas.start("api-2", ports[1], "api");
		replicas.awaitReady(ports);
		first = "http://127.0.0.1:" + ports[0];
		second = "http://127.0.0.1:" + ports[1];
		jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", ""));
	}

	@Test
	void aSessionOpenedOnOneReplicaIsValidOnTheOtherUntilItIsSignedOutOnEither() {
		PageSession onFirst = new PageSession(first).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		PageSession onSecond = onFirst.at(second);

		PageSession.Page dashboard = onSecond.get("/staff");
		assertThat(dashboard.status()).as("the dashboard on the other replica, %s", dashboard.location())
			.isEqualTo(200);
		assertThat(onSecond.get("/staff/admin/accounts").status()).as("an ADMIN page").isEqualTo(200);

		// A form of the second replica's page, posted to the second: its CSRF token is the shared session's.
		assertThat(onSecond.post("/staff/logout").location()).doesNotContain("error");
		assertThat(onFirst.get("/staff").location()).as("signed out on both").contains("/staff/login");
	}

	@Test
	void aPasskeyRegistrationAskedOfOneReplicaIsCompletedByTheOther() {
		PageSession onFirst = new PageSession(first).signInAsStaff(PASSKEY_HOLDER, Api.PASSWORD);
		onFirst.get("/staff/account");
		PageSession.Page options = onFirst.postJson("/webauthn/register/options", "");
		assertThat(options.status()).as("options from the first replica: %s", options.body()).isEqualTo(200);
		String challenge = JsonPath.read(options.body(), "$.challenge");
		String rpId = JsonPath.read(options.body(), "$.rp.id");

		PageSession.Page registered = onFirst.at(second).postJson("/webauthn/register",
				Authenticator.registration(challenge, rpId, publicUrl, "Laptop in Bamako"));

		assertThat(registered.status()).as("the answer on the second replica: %s", registered.body())
			.isEqualTo(200);
		assertThat(registered.body()).contains("\"success\":true");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM user_credentials c JOIN user_entities u"
				+ " ON u.id = c.user_entity_user_id WHERE u.name = ? AND c.label = ?", Long.class, PASSKEY_HOLDER,
				"Laptop in Bamako"))
			.isEqualTo(1);
	}

	@Test
	void fiveFailedSignInsSpreadOverBothReplicasLockTheAccountOnBoth() {
		for (int attempt = 0; attempt < 5; attempt++) {
			String replica = attempt % 2 == 0 ? first : second;
			assertThat(alerts(replica, APPROVER, "wrong-" + attempt).statusCode()).isEqualTo(401);
		}

		assertThat(alerts(first, APPROVER, Api.PASSWORD).statusCode()).as("right password, first")
			.isEqualTo(429);
		assertThat(alerts(second, APPROVER, Api.PASSWORD).statusCode()).as("right password, second")
			.isEqualTo(429);
		assertThat(alerts(second, Api.OFFICER, Api.PASSWORD).statusCode()).as("another account").isEqualTo(200);
	}

	@Test
	void theFeedIsReadOncePerIntervalAcrossBothReplicasWithOneReportPerNewVersion() throws InterruptedException {
		await().atMost(Duration.ofSeconds(60)).until(() -> feedReads.get() > 0);
		int before = feedReads.get();
		Duration window = Duration.ofSeconds(20);

		Thread.sleep(window.toMillis());

		int reads = feedReads.get() - before;
		// Each replica would read every interval on its own: twice as often as one. With the lock held for nine
		// tenths of an interval after a read, at most one read per 0.9 interval is possible between them.
		long atMostWithTheLock = window.toMillis() / (POLL_INTERVAL.toMillis() * 9 / 10) + 1;
		System.out.printf("Feed reads in %s by two replicas polling every %s: %d (at most %d with the lock)%n", window,
				POLL_INTERVAL, reads, atMostWithTheLock);
		assertThat(reads).as("feed reads in %s by both replicas", window)
			.isBetween((int) (window.dividedBy(POLL_INTERVAL) / 2), (int) atMostWithTheLock);
		assertThat(feedVersionsSent.get()).as("the second replica asked 'changed since?' with the first's ETag")
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM advisory_ingest", Long.class))
			.as("one ingest report for the one version read").isEqualTo(1);
	}

	/** Lists alerts with HTTP Basic, without retrying a 429 as the suite's usual client does. */
	private static HttpResponse<String> alerts(String replica, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(replica + "/api/v1/alerts"))
				.header("Authorization", "Basic " + credentials).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Plays travel.state.gov: one version of the feed, with an ETag; "not modified" to whoever sends it back. */
	private HttpServer feedServer() throws IOException {
		byte[] document = Feeds.rss(Feeds.mali(3, "<p>Reconsider travel.</p>")).getBytes(StandardCharsets.UTF_8);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/feed.xml", exchange -> {
			feedReads.incrementAndGet();
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
			}
			else {
				feedVersionsSent.incrementAndGet();
				exchange.getResponseHeaders().add("ETag", "\"v1\"");
				exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
				exchange.sendResponseHeaders(200, document.length);
				exchange.getResponseBody().write(document);
			}
			exchange.close();
		});
		server.start();
		return server;
	}

	@AfterAll
	void stopEverything() throws Exception {
		if (replicas != null) {
			replicas.close();
		}
		if (feed != null) {
			feed.stop(0);
		}
		kafka.destroy();
		if (postgres != null) {
			postgres.close();
		}
		Properties current = System.getProperties();
		current.keySet().removeIf(key -> !systemProperties.containsKey(key));
		current.putAll(systemProperties);
	}
}
