package org.beacon.support;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Beacon processes of a test, each a separate JVM started with the classpath of the packaged application, sharing
 * the Kafka, PostgreSQL, SMTP relay and Twilio stub the test runs; each one's output goes to
 * {@code target/<directory>/<name>.log}.
 */
public final class BeaconProcesses implements AutoCloseable {

	private final String directory;

	private final List<String> shared;

	private final List<Process> processes = new ArrayList<>();

	private final Set<Process> killed = new HashSet<>();

	/**
	 * @param directory where under {@code target} the processes' logs go
	 * @param shared the settings every process gets: where Kafka, PostgreSQL and the providers are
	 */
	public BeaconProcesses(String directory, List<String> shared) {
		this.directory = directory;
		this.shared = List.copyOf(shared);
	}

	/** Starts a process with these roles on this port, with the shared settings and these besides. */
	public Process start(String name, int port, String roles, String... settings) throws IOException {
		Path logs = Files.createDirectories(Path.of("target", directory));
		Path data = Files.createTempDirectory("beacon-" + name + "-");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("beacon.app.classpath"),
				"org.beacon.BeaconApplication", "--server.port=" + port, "--beacon.roles=" + roles,
				"--beacon.embedded.kafka.enabled=false", "--beacon.embedded.postgres.enabled=false",
				"--beacon.embedded.data-dir=" + data, "--beacon.sandbox.enabled=false",
				"--beacon.advisories.seed-sample=false", "--beacon.staff.seed-demo=true"));
		// Every process seals contact points with the same keys, as a deployment's do.
		command.addAll(TestKeys.settings());
		command.addAll(shared);
		command.addAll(List.of(settings));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(logs.resolve(name + ".log").toFile())
			.start();
		processes.add(process);
		return process;
	}

	/** Waits until every process started is alive and the ones on these ports are ready to take work. */
	public void awaitReady(int... ports) {
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
			assertThat(processes).as("processes not killed").filteredOn(process -> !killed.contains(process))
				.allMatch(Process::isAlive);
			for (int port : ports) {
				HttpResponse<String> ready = http.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(ready.statusCode()).as("readiness of :%d", port).isEqualTo(200);
			}
		});
	}

	/**
	 * Kills the process as the OOM killer or a lost node would: SIGKILL (on Linux, what
	 * {@link Process#destroyForcibly()} sends), so it runs no shutdown hook and commits nothing; returns once it is
	 * gone.
	 */
	public void kill(Process process) throws InterruptedException {
		killed.add(process);
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed within 30 s").isTrue();
		// 128 + 9: the JVM died of SIGKILL, it did not exit on its own.
		assertThat(process.exitValue()).isEqualTo(137);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Stops every process still running, gracefully, and forcibly after a minute. */
	@Override
	public void close() throws InterruptedException {
		processes.stream().filter(Process::isAlive).forEach(Process::destroy);
		for (Process process : processes) {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}
}
