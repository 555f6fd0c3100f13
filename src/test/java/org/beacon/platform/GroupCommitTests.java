package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class GroupCommitTests {

	@Test
	void answersEachCallerWithItsOwnResult() throws Exception {
		try (GroupCommit<Integer, String> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(5),
				items -> items.stream().map(i -> "#" + i).toList())) {
			assertThat(commit.submit(7)).isEqualTo("#7");
			assertThat(commit.submit(8)).isEqualTo("#8");
		}
	}

	@Test
	void anItemComingWithinTheLingerJoinsTheBatchOfTheOneBeforeItWhichRunsOnceFull() throws Exception {
		List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 2, 100, Duration.ofSeconds(60),
				Duration.ofSeconds(60), items -> {
					batches.add(List.copyOf(items));
					return items;
				})) {
			long started = System.nanoTime();
			AtomicReference<Thread> firstCaller = new AtomicReference<>();
			Future<Integer> first = callers.submit(() -> {
				firstCaller.set(Thread.currentThread());
				return commit.submit(1);
			});
			awaitTakenByTheWriter(firstCaller, commit);
			Future<Integer> second = callers.submit(() -> commit.submit(2));

			assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(2);
			assertThat(batches).containsExactly(List.of(1, 2));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the full batch did not wait out the linger")
				.isLessThan(Duration.ofSeconds(30));
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void aLoneItemIsWrittenOnceTheLingerIsOut() throws Exception {
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(60),
				Duration.ofMillis(300), items -> items)) {
			long started = System.nanoTime();

			assertThat(commit.submit(7)).isEqualTo(7);

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		}
	}

	@Test
	void closingWhileABatchLingersStillWritesIt() throws Exception {
		ExecutorService callers = Executors.newSingleThreadExecutor();
		GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(30),
				Duration.ofSeconds(1), items -> items);
		try {
			AtomicReference<Thread> caller = new AtomicReference<>();
			Future<Integer> answer = callers.submit(() -> {
				caller.set(Thread.currentThread());
				return commit.submit(5);
			});
			awaitTakenByTheWriter(caller, commit);

			commit.close();

			assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(5);
		}
		finally {
			callers.shutdownNow();
		}
	}

	/** Waits until the caller waits for its answer and its item has left the queue: the writer holds it. */
	private static void awaitTakenByTheWriter(AtomicReference<Thread> caller, GroupCommit<?, ?> commit)
			throws InterruptedException {
		while (caller.get() == null || caller.get().getState() != Thread.State.TIMED_WAITING
				|| commit.waiting() > 0) {
			Thread.sleep(5);
		}
	}

	@Test
	void callersArrivingWhileABatchIsWrittenShareTheNextOne() throws Exception {
		CountDownLatch firstBatchStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
		ExecutorService callers = Executors.newFixedThreadPool(6);
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(5),
				items -> {
					batches.add(List.copyOf(items));
					firstBatchStarted.countDown();
					await(release);
					return items.stream().map(i -> i * 10).toList();
				})) {
			Future<Integer> first = callers.submit(() -> commit.submit(0));
			assertThat(firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
			List<Future<Integer>> waiting = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				int item = i;
				waiting.add(callers.submit(() -> commit.submit(item)));
			}
			while (commit.waiting() < 5) { // queued behind the batch being written
				Thread.sleep(10);
			}
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isZero();
			for (int i = 1; i <= 5; i++) {
				assertThat(waiting.get(i - 1).get(5, TimeUnit.SECONDS)).isEqualTo(i * 10);
			}
			assertThat(batches).hasSize(2);
			assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void aBadItemFailsOnlyItsOwnCaller() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(5),
				items -> {
					started.countDown();
					await(release);
					if (items.contains(13)) {
						throw new IllegalArgumentException("unlucky");
					}
					return items;
				})) {
			Future<Integer> before = callers.submit(() -> commit.submit(1));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			Future<Integer> good = callers.submit(() -> commit.submit(2));
			Future<Integer> bad = callers.submit(() -> commit.submit(13));
			Future<Integer> alsoGood = callers.submit(() -> commit.submit(3));
			while (commit.waiting() < 3) { // the three share the batch after the first
				Thread.sleep(10);
			}
			release.countDown();
			assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(good.get(5, TimeUnit.SECONDS)).isEqualTo(2);
			assertThat(alsoGood.get(5, TimeUnit.SECONDS)).isEqualTo(3);
			assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("unlucky");
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void aCallerNotAnsweredInTimeIsToldSo() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofMillis(200),
				items -> {
					await(release);
					return items;
				})) {
			assertThatThrownBy(() -> commit.submit(1)).isInstanceOf(GroupCommit.NotDone.class)
				.hasMessageContaining("not done within");
			release.countDown();
		}
	}

	@Test
	void anErrorFailsItsBatchAndTheWriterGoesOn() throws Exception {
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(5),
				items -> {
					if (items.contains(1)) {
						throw new StackOverflowError("deep");
					}
					return items;
				})) {
			assertThatThrownBy(() -> commit.submit(1)).isInstanceOf(GroupCommit.NotDone.class)
				.hasCauseInstanceOf(StackOverflowError.class);
			assertThat(commit.submit(2)).isEqualTo(2);
		}
	}

	@Test
	void anUnreachableDatabaseFailsTheWholeBatchWithoutTryingItsItemsAlone() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger batches = new AtomicInteger();
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(5),
				items -> {
					started.countDown();
					await(release);
					batches.incrementAndGet();
					throw new DataAccessResourceFailureException("connection refused");
				})) {
			Future<Integer> first = callers.submit(() -> commit.submit(1));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			List<Future<Integer>> more = new ArrayList<>();
			for (int i = 2; i <= 4; i++) {
				int item = i;
				more.add(callers.submit(() -> commit.submit(item)));
			}
			while (commit.waiting() < 3) {
				Thread.sleep(10);
			}
			release.countDown();
			assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS))
				.hasCauseInstanceOf(DataAccessResourceFailureException.class);
			for (Future<Integer> one : more) {
				assertThatThrownBy(() -> one.get(5, TimeUnit.SECONDS))
					.hasCauseInstanceOf(DataAccessResourceFailureException.class);
			}
			assertThat(batches).hasValue(2);
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void refusesItemsOnceClosed() throws Exception {
		GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 10, 100, Duration.ofSeconds(1), items -> items);
		commit.close();
		assertThatThrownBy(() -> commit.submit(1)).isInstanceOf(GroupCommit.NotDone.class).hasMessage("closed");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
