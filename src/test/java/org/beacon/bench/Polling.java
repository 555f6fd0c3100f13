package org.beacon.bench;

/** A benchmark's watcher: a daemon thread that runs a look every {@code periodMs} until it is interrupted. */
final class Polling {

	private Polling() {
	}

	static Thread every(long periodMs, Runnable look, String name) {
		Thread watcher = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					Thread.sleep(periodMs);
				}
				catch (InterruptedException ex) {
					return;
				}
				look.run();
			}
		}, name);
		watcher.setDaemon(true);
		watcher.start();
		return watcher;
	}
}
