package org.beacon.platform.prod;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link MissingSettingsException} into Spring Boot's plain start-up failure report. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
		String list = cause.missing().stream()
			.map(s -> "  - " + s.variable() + "  (property " + s.property() + ")")
			.collect(Collectors.joining("\n"));
		return new FailureAnalysis(cause.getMessage(),
				"Set these environment variables (or properties) and start again:\n" + list, cause);
	}
}
