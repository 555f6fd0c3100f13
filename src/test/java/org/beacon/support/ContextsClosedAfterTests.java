package org.beacon.support;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes the cached Spring test contexts when the test plan ends, before the JVM exits. Left to the JVM's shutdown
 * hooks, the context (and the Kafka broker in it) would close while Kafka's test kit deletes the broker's log
 * directory in another hook, and the broker would hang the JVM's exit.
 */
public class ContextsClosedAfterTests implements TestExecutionListener {

	private static final Deque<ConfigurableApplicationContext> CONTEXTS = new ArrayDeque<>();

	static synchronized void register(ConfigurableApplicationContext context) {
		if (!CONTEXTS.contains(context)) {
			CONTEXTS.push(context);
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		synchronized (ContextsClosedAfterTests.class) {
			while (!CONTEXTS.isEmpty()) {
				CONTEXTS.pop().close();
			}
		}
	}
}
