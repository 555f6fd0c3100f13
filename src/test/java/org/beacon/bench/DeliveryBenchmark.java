package org.beacon.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.beacon.BeaconApplication;
import org.beacon.platform.ContactPointCipher;
import org.beacon.subscribers.Audience;
import org.beacon.subscribers.AudienceCriteria;
import org.beacon.subscribers.Channel;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The delivery benchmark ({@code mvn -Pbench verify}, {@code -Dbench.recipients=N} for another size): enrolls N
 * citizens in Mali, issues one alert by SMS and email, and measures it through the real pipeline — Beacon on its
 * embedded defaults (in-process Kafka, embedded PostgreSQL), the Twilio SDK against a local HTTP stub and Jakarta
 * Mail against a local SMTP sink — beside the raw rate of those stubs driven directly. While the alert fans out,
 * urgent probe alerts to one citizen in Niger measure the time from issue to the first provider call. Its last line:
 * {@code BENCH recipients=... lost=... duplicates=...}. With {@code -Dbench.audience-only=true} it stops after
 * resolving the audience, for measuring that alone at sizes whose delivery would take long.
 */
public final class DeliveryBenchmark {

	/** How long the run waits without progress before it gives up and reports what is missing. */
	private static final long STALL_MS = 90_000;

	/** Signs the stub's status callbacks, as Beacon's Twilio auth token. */
	static final String AUTH_TOKEN = "bench-auth-token";

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path data = Files.createTempDirectory("beacon-bench-");
		boolean failover = Boolean.getBoolean("bench.failover");
		Arrivals warmUp = new Arrivals(2);
		int port = freePort();
		try (StatusCallbacks callbacks = new StatusCallbacks(AUTH_TOKEN, 16);
				TwilioApiStub twilio = new TwilioApiStub(warmUp, callbacks); SmtpSink smtp = new SmtpSink(warmUp);
				SnsApiStub sns = new SnsApiStub(warmUp)) {
			// Beacon's workers: 2 consumers per channel, each with 8 Twilio connections or 4 SMTP sessions.
			double raw = new RawStubRate(twilio.baseUrl(), smtp.port(), 16, 8).measure(Math.min(2 * n, 100_000));
			say("raw stub rate, SMS and email together: %.0f messages/s", raw);
			ConfigurableApplicationContext beacon = start(data, port, twilio.baseUrl(), smtp.port(), sns.endpoint());
			try {
				new DeliveryBenchmark(beacon, n, twilio, smtp, callbacks, failover ? sns : null).run(raw);
			}
			finally {
				beacon.close();
			}
		}
		finally {
			DeliveryBenchmark.delete(data);
		}
		System.exit(0);
	}

	private final ConfigurableApplicationContext beacon;

	private final int n;

	private final TwilioApiStub twilio;

	private final SmtpSink smtp;

	private final StatusCallbacks callbacks;

	/** The second SMS provider's stub in the failover run, where Twilio fails halfway; null in the plain run. */
	private final SnsApiStub sns;

	private final JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	private final String api;

	private DeliveryBenchmark(ConfigurableApplicationContext beacon, int n, TwilioApiStub twilio, SmtpSink smtp,
			StatusCallbacks callbacks, SnsApiStub sns) {
		this.beacon = beacon;
		this.sns = sns;
		this.n = n;
		this.twilio = twilio;
		this.smtp = smtp;
		this.callbacks = callbacks;
		this.jdbc = new JdbcTemplate(beacon.getBean(DataSource.class));
		this.api = "http://127.0.0.1:" + ((WebServerApplicationContext) beacon).getWebServer().getPort();
	}

	private void run(double raw) throws Exception {
		long loading = System.nanoTime();
		BulkLoad.citizens(beacon.getBean(DataSource.class), beacon.getBean(ContactPointCipher.class), n);
		BulkLoad.probeOfficer(jdbc);
		say("enrolled %d citizens with COPY in %d ms", n + 1, millisSince(loading));
		// The bulk load leaves PostgreSQL's own cache without the citizens' tables (COPY and VACUUM read through a
		// small ring): the first walk reads them in, as nothing would in a running service, where enrollment, the
		// compose page's audience preview and earlier alerts keep them cached. Both are printed.
		long coldMs = resolveAudience();
		long audienceMs = resolveAudience();
		long shardedMs = resolveAudienceInShards();
		if (Boolean.getBoolean("bench.audience-only")) {
			// Twice more: on a shared machine one walk is a noisy sample.
			System.out.printf("BENCH recipients=%d audience_cold_ms=%d audience_ms=%d audience_again_ms=%d,%d "
					+ "audience_sharded_ms=%d,%d (audience only)%n", n, coldMs, audienceMs, resolveAudience(),
					resolveAudience(), shardedMs, resolveAudienceInShards());
			return;
		}

		Arrivals arrivals = new Arrivals(n);
		twilio.arrivals = arrivals;
		// -Dbench.callbacks=false leaves them out, to tell what the callbacks cost from what the rest does.
		twilio.reporting = !"false".equals(System.getProperty("bench.callbacks"));
		if (sns != null) {
			sns.arrivals = arrivals;
		}
		smtp.arrivals = arrivals;
		System.gc();
		HeapWatch heap = new HeapWatch();
		Issued alert = issue("duty-officer", "MODERATE", "ML", "Demonstrations in Bamako");
		long issued = alert.at();
		String alertId = alert.id();
		List<Long> firstSends = Collections.synchronizedList(new ArrayList<>());
		Thread probes = new Thread(() -> probe(arrivals, firstSends), "probes");
		probes.setDaemon(true);
		probes.start();
		ReportLag lag = new ReportLag(jdbc, callbacks);
		Thread outage = new Thread(this::failTwilioHalfway, "bench-outage");
		outage.setDaemon(true);
		if (sns != null) {
			outage.start();
		}
		awaitArrivals(arrivals, issued);
		outage.interrupt();
		probes.interrupt();
		probes.join();
		firstSends.add((arrivals.first.get() - issued) / 1_000_000);
		Map<String, Long> ledger = awaitLedger(alertId);
		long delivered = awaitReports(alertId);
		lag.stop();
		heap.stop();

		long nanos = Math.max(1, arrivals.last.get() - issued);
		double perSecond = arrivals.received.get() / (nanos / 1e9);
		long sent = ledger.getOrDefault("SENT", 0L) + ledger.getOrDefault("DELIVERED", 0L);
		long reports = callbacks.accepted.get();
		double reportsPerSecond = reports / Math.max(1e-9, (callbacks.lastAt.get() - callbacks.firstAt.get()) / 1e9);
		say("ledger of the alert: %s", ledger);
		jdbc.query("""
				SELECT channel, status, attempts, error_code, claimed_at, created_at FROM delivery
				WHERE alert_id = ?::uuid AND status IN ('QUEUED', 'SENDING') LIMIT 5""", rs -> {
			say("unfinished: %s %s attempts=%d error=%s claimed=%s created=%s", rs.getString(1), rs.getString(2),
					rs.getInt(3), rs.getString(4), rs.getTimestamp(5), rs.getTimestamp(6));
		}, alertId);
		say("heap: peak live (after forced full GCs) %d MB, peak after any GC %d MB, peak sampled %d MB (garbage "
				+ "included), max %d MB", heap.peakLiveMb(), heap.peakAfterGcMb(), heap.peakSampledMb(), heap.maxHeapMb());
		say("first provider call after issue, ms (probes and the alert): %s", firstSends);
		say("status callbacks: %d accepted, %d refused or failed; SMS rows DELIVERED: %d of %d; lag samples: %d",
				reports, callbacks.refused.get(), delivered, n, lag.samples().size());
		Long fanOutMs = jdbc.queryForObject("""
				SELECT (extract(epoch FROM completed_at - started_at) * 1000)::bigint FROM fanout_run
				WHERE alert_id = ?::uuid""", Long.class, alertId);
		System.out.printf("BENCH recipients=%d deliveries=%d deliveries_per_s=%.0f raw_stub_per_s=%.0f ratio=%.2f "
				+ "audience_cold_ms=%d audience_ms=%d audience_sharded_ms=%d fanout_ms=%d first_send_p99_ms=%d peak_heap_mb=%d reports=%d "
				+ "reports_per_s=%.0f report_lag_p99_ms=%d providers=%s%s lost=%d duplicates=%d%n", n, sent, perSecond,
				raw, perSecond / raw, coldMs, audienceMs, shardedMs, fanOutMs == null ? -1 : fanOutMs, p99(firstSends),
				heap.peakLiveMb(), reports, reportsPerSecond, StatusCallbacks.p99(lag.samples()), providers(alertId),
				failoverField(), arrivals.lost(), arrivals.duplicates());
	}

	/** Resolves the alert's audience alone, page by page as the fan-out does, and answers how long it took. */
	private long resolveAudience() {
		Audience audience = beacon.getBean(Audience.class);
		// The fan-out's own default page size (FanoutProperties) unless one is set.
		int pageSize = beacon.getEnvironment().getProperty("beacon.fanout.page-size", Integer.class, 5000);
		AudienceCriteria criteria = AudienceCriteria.of(List.of("ML"), List.of(), List.of(),
				List.of(Channel.EMAIL, Channel.SMS), LocalDate.now());
		AtomicLong recipients = new AtomicLong();
		long started = System.nanoTime();
		audience.forEachPage(criteria, pageSize, page -> recipients.addAndGet(page.size()));
		long ms = millisSince(started);
		say("audience resolved: %d recipients in %d ms (pages of %d)", recipients.get(), ms, pageSize);
		return ms;
	}

	/**
	 * Resolves the same audience as the fan-out's shards do, at once: {@code beacon.fanout.shards} equal ranges of
	 * subscriber ids (as the fan-out's ShardPlan makes them), one thread each, and answers how long the last took.
	 */
	private long resolveAudienceInShards() throws InterruptedException {
		Audience audience = beacon.getBean(Audience.class);
		int pageSize = beacon.getEnvironment().getProperty("beacon.fanout.page-size", Integer.class, 5000);
		int shards = beacon.getEnvironment().getProperty("beacon.fanout.shards", Integer.class, 4);
		AudienceCriteria criteria = AudienceCriteria.of(List.of("ML"), List.of(), List.of(),
				List.of(Channel.EMAIL, Channel.SMS), LocalDate.now());
		AtomicLong recipients = new AtomicLong();
		long step = Long.divideUnsigned(-1L, shards);
		List<Thread> walks = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < shards; i++) {
			UUID after = i == 0 ? null : new UUID(step * i, -1L);
			UUID through = i == shards - 1 ? null : new UUID(step * (i + 1), -1L);
			Thread walk = new Thread(() -> audience.forEachPage(criteria, pageSize, after, through,
					page -> recipients.addAndGet(page.size())), "shard-" + i);
			walk.start();
			walks.add(walk);
		}
		for (Thread walk : walks) {
			walk.join();
		}
		long ms = millisSince(started);
		say("audience resolved in %d shards at once: %d recipients in %d ms", shards, recipients.get(), ms);
		return ms;
	}

	/**
	 * Every five seconds while the alert fans out, an urgent (SEVERE) alert for the probe citizen: issue to first
	 * call. SEVERE takes the urgent lane like EXTREME but needs no second person, whose wait is not Beacon's speed.
	 */
	private void probe(Arrivals arrivals, List<Long> firstSends) {
		try {
			for (int i = 1; !Thread.currentThread().isInterrupted(); i++) {
				Thread.sleep(5000);
				arrivals.probe.set(0);
				long issued = issue(BulkLoad.PROBE_OFFICER, "SEVERE", "NE", "Probe " + i).at();
				while (arrivals.probe.get() == 0 && System.nanoTime() - issued < 30_000_000_000L) {
					Thread.sleep(2);
				}
				if (arrivals.probe.get() != 0) {
					firstSends.add(Math.max(0, arrivals.probe.get() - issued) / 1_000_000);
				}
			}
		}
		catch (InterruptedException ex) {
			// the alert is delivered: no more probes
		}
		catch (Exception ex) {
			say("probe failed: %s", ex);
		}
	}

	private void awaitArrivals(Arrivals arrivals, long issued) throws InterruptedException {
		long expected = 2L * n;
		long seen = -1;
		long stalledSince = System.nanoTime();
		while (arrivals.received.get() < expected) {
			Thread.sleep(5000);
			long now = arrivals.received.get();
			say("%6.1f s: %d of %d messages at the stubs", (System.nanoTime() - issued) / 1e9, now, expected);
			if (now != seen) {
				seen = now;
				stalledSince = System.nanoTime();
			}
			else if (System.nanoTime() - stalledSince > STALL_MS * 1_000_000) {
				say("no progress for %d s: giving up", STALL_MS / 1000);
				return;
			}
		}
	}

	/** Waits until every row of the alert reached a final status (or stalls) and answers the counts by status. */
	private Map<String, Long> awaitLedger(String alertId) throws InterruptedException {
		Map<String, Long> counts = Map.of();
		for (int waited = 0; waited < STALL_MS; waited += 1000) {
			counts = new java.util.TreeMap<>();
			Map<String, Long> into = counts;
			jdbc.query("SELECT status, count(*) FROM delivery WHERE alert_id = ?::uuid GROUP BY status",
					rs -> {
						into.put(rs.getString(1), rs.getLong(2));
					}, alertId);
			long open = counts.getOrDefault("QUEUED", 0L) + counts.getOrDefault("SENDING", 0L);
			if (open == 0 && counts.values().stream().mapToLong(Long::longValue).sum() == 2L * n) {
				return counts;
			}
			Thread.sleep(1000);
		}
		return counts;
	}

	/**
	 * Waits until every status callback was posted and every SMS row of the alert took its reported status (or
	 * stalls), and answers how many SMS rows are DELIVERED.
	 */
	private long awaitReports(String alertId) throws InterruptedException {
		long delivered = 0;
		if (!twilio.reporting) {
			return delivered;
		}
		for (long seen = -1, stalledSince = System.nanoTime();
				System.nanoTime() - stalledSince < STALL_MS * 1_000_000; Thread.sleep(1000)) {
			delivered = jdbc.queryForObject("""
					SELECT count(*) FROM delivery WHERE alert_id = ?::uuid AND channel = 'SMS' AND status = 'DELIVERED'""",
					Long.class, alertId);
			// Only Twilio reports; SNS sends no callbacks (its delivery status goes to CloudWatch Logs).
			long reported = jdbc.queryForObject("""
					SELECT count(*) FROM delivery WHERE alert_id = ?::uuid AND channel = 'SMS' AND provider = 'twilio'""",
					Long.class, alertId);
			if (delivered == reported && callbacks.pending() == 0) {
				break;
			}
			long progress = delivered + callbacks.accepted.get();
			if (progress != seen) {
				seen = progress;
				stalledSince = System.nanoTime();
			}
		}
		return delivered;
	}

	/** When Twilio failed in the failover run (System.nanoTime); 0 before. */
	private volatile long twilioFailedAt;

	/** The failover run's outage: Twilio answers 503 to every call once it took half the alert's SMS. */
	private void failTwilioHalfway() {
		try {
			while (twilio.taken.get() < n / 2) {
				Thread.sleep(10);
			}
			twilio.failing = true;
			twilioFailedAt = System.nanoTime();
			say("Twilio fails from now on, after %d SMS", twilio.taken.get());
		}
		catch (InterruptedException ex) {
			// the alert was delivered before Twilio took half of it
		}
	}

	/** {@code failover_s}: from Twilio's failure to SNS's first message, in the failover run. */
	private String failoverField() {
		if (sns == null) {
			return "";
		}
		long failed = twilioFailedAt;
		long first = sns.firstAt.get();
		return failed == 0 || first == 0 ? " failover_s=-1"
				: String.format(" failover_s=%.1f", Math.max(0, first - failed) / 1e9);
	}

	/** How many of the alert's messages each provider took, as the ledger recorded it. */
	private String providers(String alertId) {
		List<String> counts = jdbc.query("""
				SELECT provider, count(*) FROM delivery WHERE alert_id = ?::uuid AND provider IS NOT NULL
				GROUP BY provider ORDER BY provider""",
				(rs, row) -> rs.getString(1) + ":" + rs.getLong(2), alertId);
		return String.join(",", counts);
	}

	/** An alert Beacon accepted, and when its answer came: the moment it was issued, as its sender sees it. */
	private record Issued(String id, long at) {
	}

	/**
	 * Issues an alert through the API. Time is taken from Beacon's answer (202), so the staff member's password
	 * check (BCrypt, deliberately slow) is not counted in the time to the first provider call.
	 */
	private Issued issue(String user, String severity, String country, String title) throws Exception {
		String body = json.writeValueAsString(Map.of("type", "SECURITY_ALERT", "severity", severity, "title", title,
				"body", "Demonstrations are expected downtown.\n\nAvoid the area and monitor local media.", "area",
				Map.of("countries", List.of(country)), "channels", Set.of("EMAIL", "SMS")));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/alerts"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":beacon-dev").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IllegalStateException("alert refused: " + response.statusCode() + " " + response.body());
		}
		return new Issued(json.readTree(response.body()).get("id").asText(), System.nanoTime());
	}

	static ConfigurableApplicationContext start(Path data, int port, String twilioUrl, int smtpPort,
			String snsEndpoint) throws Exception {
		// As command-line arguments, which take precedence over application.yml (default properties would not).
		return new SpringApplicationBuilder(BeaconApplication.class).bannerMode(Banner.Mode.OFF)
			.run(arguments(Map.ofEntries(Map.entry("server.port", String.valueOf(port)),
					// The stub's status callbacks come to this address, signed for it with this token.
					Map.entry("beacon.delivery.twilio.webhook-base-url", "http://127.0.0.1:" + port),
					Map.entry("beacon.delivery.twilio.auth-token", AUTH_TOKEN),
					Map.entry("beacon.embedded.data-dir", data.toString()),
					Map.entry("beacon.embedded.kafka.port", String.valueOf(freePort())),
					Map.entry("beacon.embedded.kafka.controller-port", String.valueOf(freePort())),
					Map.entry("beacon.sandbox.enabled", "false"),
					// The benchmark's alert reaches everyone at once; the two-person rule would hold it for approval.
					Map.entry("beacon.broadcast.approval-audience-threshold", String.valueOf(Integer.MAX_VALUE)),
					Map.entry("beacon.advisories.seed-sample", "false"),
					Map.entry("spring.mail.host", "127.0.0.1"), Map.entry("spring.mail.port", String.valueOf(smtpPort)),
					Map.entry("beacon.delivery.twilio.api-url", twilioUrl),
					Map.entry("beacon.delivery.sns.endpoint", snsEndpoint),
					// The stubs take any rate: Beacon's own limit is not what is measured here.
					Map.entry("beacon.delivery.rate.default-per-second", "1000000"),
					Map.entry("logging.level.org.beacon", "WARN"),
					Map.entry("logging.level.org.beacon.fanout.FanOut", "INFO"),
					Map.entry("logging.level.org.beacon.fanout.ShardWalk", "INFO"))));
	}

	private static String[] arguments(Map<String, String> properties) {
		return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	/** Deletes a benchmark's data directory and everything in it. */
	static void delete(Path data) throws IOException {
		try (Stream<Path> files = Files.walk(data)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static long p99(List<Long> samples) {
		List<Long> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		return sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static void say(String format, Object... args) {
		System.out.printf("[bench] " + format + "%n", args);
	}
}
