package org.beacon.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap this JVM keeps in use. Every few seconds it asks for a full collection and records what is left: the live
 * data, which is what would grow with the audience if anything did (after an ordinary young collection the old
 * generation still holds garbage, so that figure says little). It also samples the heap in use at any moment,
 * garbage included. The forced collections cost the run a little time.
 */
final class HeapWatch {

	private final AtomicLong peakAfterGc = new AtomicLong();

	private final AtomicLong peakSampled = new AtomicLong();

	private final AtomicLong peakLive = new AtomicLong();

	private volatile boolean running = true;

	HeapWatch() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
						.from((CompositeData) notification.getUserData());
					long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
						.filter(pool -> isHeap(pool.getKey()))
						.mapToLong(pool -> pool.getValue().getUsed())
						.sum();
					peakAfterGc.accumulateAndGet(used, Math::max);
				}
			}, null, null);
		}
		Thread sampler = new Thread(() -> {
			for (long tick = 1; running; tick++) {
				MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
				peakSampled.accumulateAndGet(heap.getUsed(), Math::max);
				if (tick % 100 == 0) {
					System.gc();
					peakLive.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
							Math::max);
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	private static boolean isHeap(String pool) {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
			.anyMatch(bean -> bean.getName().equals(pool) && bean.getType() == java.lang.management.MemoryType.HEAP);
	}

	/** The most heap found in use right after a forced full collection. */
	long peakLiveMb() {
		return peakLive.get() / (1024 * 1024);
	}

	long peakAfterGcMb() {
		return peakAfterGc.get() / (1024 * 1024);
	}

	long peakSampledMb() {
		return peakSampled.get() / (1024 * 1024);
	}

	long maxHeapMb() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024);
	}

	void stop() {
		running = false;
	}
}
