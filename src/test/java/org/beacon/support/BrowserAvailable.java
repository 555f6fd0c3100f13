package org.beacon.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where a browser can be driven ({@link BrowserFinder}); elsewhere the class is
 * skipped, before its application context starts, with one line that says what to install (as Testcontainers'
 * {@code disabledWithoutDocker} skips without Docker). With {@code -Dbeacon.browser.required=true} (or
 * {@code BEACON_BROWSER_REQUIRED=true}, which {@code .ci/run} sets) a missing browser fails the class instead, so
 * CI always runs them.
 */
public class BrowserAvailable implements ExecutionCondition {

	private static final AtomicBoolean HINTED = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		ConditionEvaluationResult result = evaluate(BrowserFinder.ofThisMachine());
		if (result.isDisabled() && HINTED.compareAndSet(false, true)) {
			// Surefire keeps skip reasons out of its console and sends the tests' own output to files; the process's
			// standard error still reaches the console, where a newcomer reading "Skipped: 28" looks for why.
			new PrintStream(new FileOutputStream(FileDescriptor.err), true).println(BrowserFinder.INSTALL_HINT);
		}
		return result;
	}

	static ConditionEvaluationResult evaluate(BrowserFinder finder) {
		if (finder.download()) {
			return ConditionEvaluationResult.enabled("Selenium Manager may download what this machine lacks");
		}
		if (finder.find().isPresent()) {
			return ConditionEvaluationResult.enabled("A browser and its driver were found");
		}
		if (finder.required()) {
			throw new IllegalStateException("The browser tests are required (beacon.browser.required=true), but "
					+ BrowserFinder.MISSING);
		}
		return ConditionEvaluationResult.disabled(BrowserFinder.INSTALL_HINT);
	}
}
