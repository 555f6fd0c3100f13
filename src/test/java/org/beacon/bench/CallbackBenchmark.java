package org.beacon.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.beacon.platform.sandbox.FakeTwilioApi.MessageRequest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.OperatingSystemMXBean;

/**
 * The status webhook alone ({@code mvn -Pbench-callbacks verify}, {@code -Dbench.callbacks.count=N}): Beacon on its
 * embedded defaults takes N messages' signed Twilio callbacks ("sent" and "delivered", as {@link StatusCallbacks}
 * posts them in the delivery benchmark) for messages it never sent, so what is measured is the webhook, the
 * report topic and the batched apply — not the fan-out. Twice, the first as warm-up. Its last line:
 * {@code BENCH callbacks=... callbacks_per_s=... cpu_us_per_callback=...}, the CPU being the whole process's
 * (Beacon, in-process Kafka and the senders; PostgreSQL runs apart).
 */
public final class CallbackBenchmark {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		Path data = Files.createTempDirectory("beacon-callbacks-");
		int port = DeliveryBenchmark.freePort();
		try (StatusCallbacks callbacks = new StatusCallbacks(DeliveryBenchmark.AUTH_TOKEN, 16)) {
			ConfigurableApplicationContext beacon = DeliveryBenchmark.start(data, port, "http://127.0.0.1:9",
					DeliveryBenchmark.freePort(), "http://127.0.0.1:9");
			try {
				String url = "http://127.0.0.1:" + ((WebServerApplicationContext) beacon).getWebServer().getPort()
						+ "/webhooks/twilio/status";
				round(callbacks, url, n / 4, "warm-up");
				Result result = round(callbacks, url, n, "measured");
				System.out.printf("BENCH callbacks=%d accepted=%d refused=%d callbacks_per_s=%.0f "
						+ "cpu_us_per_callback=%.0f%n", 2L * n, result.accepted(), callbacks.refused.get(),
						result.perSecond(), result.cpuMicrosEach());
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

	private record Result(long accepted, double perSecond, double cpuMicrosEach) {
	}

	private static Result round(StatusCallbacks callbacks, String url, int messages, String name)
			throws InterruptedException {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long acceptedBefore = callbacks.accepted.get();
		long refusedBefore = callbacks.refused.get();
		long cpuBefore = os.getProcessCpuTime();
		long started = System.nanoTime();
		for (int i = 0; i < messages; i++) {
			String sid = String.format("SM%032x", ((long) name.hashCode() << 32) + i);
			callbacks.taken(sid, new MessageRequest("ACbench", Arrivals.phone(i), "+15005550006", "Alert", url));
		}
		while (callbacks.pending() > 0 || callbacks.accepted.get() - acceptedBefore
				+ callbacks.refused.get() - refusedBefore < 2L * messages) {
			Thread.sleep(20);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long accepted = callbacks.accepted.get() - acceptedBefore;
		double cpuMicros = (os.getProcessCpuTime() - cpuBefore) / 1e3;
		System.out.printf("[bench] %s: %d callbacks accepted in %.1f s, %.0f µs CPU each%n", name, accepted, seconds,
				cpuMicros / Math.max(1, accepted));
		return new Result(accepted, accepted / seconds, cpuMicros / Math.max(1, accepted));
	}
}
