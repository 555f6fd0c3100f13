package org.beacon.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.beacon.checkins.CheckIns;
import org.beacon.checkins.CheckIns.Opening;
import org.beacon.checkins.Counts;
import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.beacon.checkins.store.Tallies;
import org.beacon.platform.ContactPointCipher;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.management.OperatingSystemMXBean;

/**
 * The check-in reply benchmark ({@code mvn -Pbench-checkins verify}, {@code -Dbench.checkins.count=N}): Beacon on its
 * embedded defaults, N citizens in Mali and a check-in sent to them by SMS (citizens and ledger bulk-loaded, as if the
 * fan-out and the delivery reports were done), then every citizen's signed Twilio inbound reply over 16 kept-alive connections,
 * while the check-in's tally is read every 100 ms as its page would. A few more citizens' replies come first, as
 * warm-up. Its last line: {@code BENCH checkin replies=... replies_per_s=... tally_lag_p99_ms=...}; {@code cpu_us} is
 * the whole JVM's CPU per reply (Beacon, in-process Kafka and the senders), {@code pg_cpu_us} PostgreSQL's (apart).
 */
public final class CheckInBenchmark {

	private static final String OFFICER = "duty-officer";

	private static final int CONNECTIONS = 16;

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path data = Files.createTempDirectory("beacon-checkins-");
		try {
			ConfigurableApplicationContext beacon = DeliveryBenchmark.start(data, DeliveryBenchmark.freePort(),
					"http://127.0.0.1:9", DeliveryBenchmark.freePort(), "http://127.0.0.1:9");
			try {
				run(beacon, n, new PostgresCpu(data));
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

	private static void run(ConfigurableApplicationContext beacon, int n, PostgresCpu postgres) throws Exception {
		int warmUp = Math.max(500, n / 20);
		JdbcTemplate jdbc = new JdbcTemplate(beacon.getBean(DataSource.class));
		long loading = System.nanoTime();
		ContactPointCipher cipher = beacon.getBean(ContactPointCipher.class);
		BulkLoad.citizens(beacon.getBean(DataSource.class), cipher, n + warmUp);
		UUID checkIn = open(beacon);
		int recipients = BulkLoad.deliveredSms(jdbc, cipher, checkIn, "ML");
		say("enrolled %d citizens and the check-in's %d delivered SMS in %d ms", n + warmUp + 1, recipients,
				millisSince(loading));
		CheckIns checkIns = beacon.getBean(CheckIns.class);
		String url = "http://127.0.0.1:" + ((WebServerApplicationContext) beacon).getWebServer().getPort()
				+ "/webhooks/twilio/inbound";
		InboundReplies replies = new InboundReplies(DeliveryBenchmark.AUTH_TOKEN, url, CONNECTIONS);

		long started = System.nanoTime();
		replies.send(n, n + warmUp, at -> {
		});
		say("warm-up: %d replies answered in %d ms", replies.answered.get(), millisSince(started));
		long baseline = answers(checkIns.find(checkIn, OFFICER).counts());

		System.gc();
		HeapWatch heap = new HeapWatch();
		// The headline counts, as a page refreshing them would read them (the API's answer adds them per place).
		Tallies tallies = beacon.getBean(Tallies.class);
		CheckIn stored = beacon.getBean(CheckInStore.class).find(checkIn).orElseThrow();
		TallyLag lag = new TallyLag(() -> answers(tallies.overall(stored)), baseline);
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long answeredBefore = replies.answered.get();
		long cpuBefore = os.getProcessCpuTime();
		long postgresBefore = postgres.nanos();
		started = System.nanoTime();
		replies.send(0, n, lag::answered);
		double seconds = (System.nanoTime() - started) / 1e9;
		double cpuMicros = (os.getProcessCpuTime() - cpuBefore) / 1e3;
		double postgresMicros = (postgres.nanos() - postgresBefore) / 1e3;
		long answered = replies.answered.get() - answeredBefore;
		long uncounted = lag.stop(10_000);
		heap.stop();

		Counts counts = checkIns.find(checkIn, OFFICER).counts();
		List<Long> reads = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long read = System.nanoTime();
			checkIns.find(checkIn, OFFICER);
			reads.add(millisSince(read));
		}
		Collections.sort(reads);
		say("tally: %s; %d answered replies never counted", counts, uncounted);
		say("tally reads (overall counts) during the replies: %d, p99 %d ms; the API's read after them (%d answers, "
				+ "overall and by place): %s ms", lag.readsMs().size(), StatusCallbacks.p99(lag.readsMs()),
				answers(counts), reads);
		plans(jdbc, cipher, checkIn);
		say("heap: peak live (after forced full GCs) %d MB, peak sampled %d MB (garbage included), max %d MB",
				heap.peakLiveMb(), heap.peakSampledMb(), heap.maxHeapMb());
		System.out.printf("BENCH checkin replies=%d answered=%d refused=%d replies_per_s=%.0f tally_lag_p99_ms=%d "
				+ "tally_lag_max_ms=%d tally_query_ms=%d cpu_us_per_reply=%.0f pg_cpu_us_per_reply=%.0f peak_heap_mb=%d%n", n, answered,
				replies.refused.get(), answered / seconds, StatusCallbacks.p99(lag.lagsMs()),
				lag.lagsMs().stream().mapToLong(Long::longValue).max().orElse(-1), reads.get(reads.size() / 2),
				cpuMicros / Math.max(1, answered), postgresMicros / Math.max(1, answered), heap.peakLiveMb());
	}

	/** Opens the check-in as issuing its alert does, in a transaction: SMS to Mali, answers taken for a day. */
	private static UUID open(ConfigurableApplicationContext beacon) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		new TransactionTemplate(beacon.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(tx -> beacon.getBean(CheckIns.class).open(new Opening(id, "embassy-bamako",
					"Are you safe?", List.of("ML"), List.of(), List.of("SMS"), now, now.plus(Duration.ofDays(1)))));
		return id;
	}

	/** How PostgreSQL finds a reply's rows, for the first citizen: each should name its index. */
	private static void plans(JdbcTemplate jdbc, ContactPointCipher cipher, UUID checkIn) {
		String phone = Arrivals.phone(0);
		String hash = "\\x" + HexFormat.of().formatHex(cipher.phoneLookup(phone));
		UUID subscriber = jdbc.queryForObject("SELECT id FROM subscriber WHERE phone_hash = ?::bytea", UUID.class, hash);
		List<String> queries = List.of(
				"SELECT id, locale FROM subscriber WHERE phone_hash = '%s' ORDER BY created_at LIMIT 20".formatted(hash),
				("SELECT alert_id, subscriber_id, status FROM delivery WHERE subscriber_id = ANY('{%s}'::uuid[]) "
						+ "AND alert_id = ANY('{%s}'::uuid[]) AND channel = 'SMS' AND status <> 'CANCELLED' "
						+ "ORDER BY created_at DESC, id DESC").formatted(subscriber, checkIn),
				"SELECT * FROM safety_answer WHERE checkin_id = '%s' AND subscriber_id = '%s'".formatted(checkIn,
						subscriber));
		for (String query : queries) {
			say("plan: %s", String.join(" / ", jdbc.queryForList("EXPLAIN " + query, String.class)).replaceAll(
					"\\s+", " "));
		}
	}

	private static long answers(Counts counts) {
		return counts.safe() + counts.needHelp();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static void say(String format, Object... args) {
		System.out.printf("[bench] " + format + "%n", args);
	}
}
