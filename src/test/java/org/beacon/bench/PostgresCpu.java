package org.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time of the embedded PostgreSQL, which runs apart from the benchmark's JVM: its postmaster (named in
 * {@code postmaster.pid} of its data directory) with its reaped children, and its live backends, from {@code /proc}
 * (Linux only; elsewhere 0). Clock ticks of 10 ms.
 */
final class PostgresCpu {

	private static final long NANOS_PER_TICK = 10_000_000;

	private final long postmaster;

	PostgresCpu(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
		this.postmaster = Files.exists(pidFile) ? Long.parseLong(Files.readAllLines(pidFile).get(0).strip()) : -1;
	}

	/** CPU time so far, in nanoseconds. */
	long nanos() {
		if (postmaster < 0 || !Files.exists(Path.of("/proc"))) {
			return 0;
		}
		long ticks = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				String[] stat = stat(process);
				if (stat == null) {
					continue;
				}
				long pid = Long.parseLong(process.getFileName().toString());
				// After the command's closing parenthesis: state, ppid, ... utime (14th field), stime, cutime, cstime.
				if (pid == postmaster) {
					ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
							+ Long.parseLong(stat[14]);
				}
				else if (Long.parseLong(stat[1]) == postmaster) {
					ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return ticks * NANOS_PER_TICK;
	}

	private static String[] stat(Path process) {
		if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
			return null;
		}
		try {
			String line = Files.readString(process.resolve("stat"));
			return line.substring(line.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}
}
