package org.beacon.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.beacon.support.fuzz.Sender.Answer;

/**
 * Judges each answer as it comes and keeps the tally: never a 5xx; a refusal of the API is problem+json and a
 * refusal of a page is the site's error page; a refused request stores nothing; no answer holds the secret file.
 * Findings are grouped by endpoint and kind, each with its first example.
 */
public final class Verdicts {

	private final List<String> errorPageTexts;

	private final String secret;

	private final Map<String, Integer> statuses = new TreeMap<>();

	private final Set<String> endpoints = new TreeSet<>();

	private final Map<String, String> findings = new LinkedHashMap<>();

	private final Map<String, Integer> counts = new LinkedHashMap<>();

	private int sent;

	private int serverErrors;

	private int stored;

	private int oversized;

	private int documentsRead;

	/** @param errorPageTexts what the error page says in each language (its link home) */
	public Verdicts(List<String> errorPageTexts, String secret) {
		this.errorPageTexts = errorPageTexts;
		this.secret = secret;
	}

	public void judge(FuzzRequest request, Answer answer, Set<String> changed) {
		sent++;
		endpoints.add(request.endpoint().toString());
		statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
		int status = answer.status();
		if (status < 0) {
			find(request, answer, "no answer");
		}
		else if (status >= 500) {
			serverErrors++;
			find(request, answer, "server error " + status);
		}
		else if (status >= 400 && request.oversized()) {
			// Past Tomcat's 8 KB of request line and headers: refused before anyone reads where it was going.
			oversized++;
		}
		else if (status >= 400 && request.endpoint().kind() == Endpoint.Kind.API
				&& !answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
			find(request, answer, "refused " + status + " without problem+json (" + answer.contentType() + ")");
		}
		else if (status >= 400 && request.endpoint().kind() == Endpoint.Kind.PAGE && !errorPage(answer)) {
			find(request, answer, "refused " + status + " without the error page (" + answer.contentType() + ")");
		}
		String body = new String(request.body(), 0, Math.min(request.body().length, 200), StandardCharsets.UTF_8);
		if ((body.contains("<!DOCTYPE") || body.contains("xi:include")) && status != 401 && status != 403
				&& status != 405 && status != 415) {
			documentsRead++;
		}
		if (answer.body().contains(secret)) {
			find(request, answer, "answer holds the secret file");
		}
		if (!changed.isEmpty()) {
			if (status >= 400) {
				find(request, answer, "refused " + status + " but stored " + changed);
			}
			else {
				stored++;
			}
		}
	}

	private boolean errorPage(Answer answer) {
		return answer.contentType().startsWith("text/html") && errorPageTexts.stream().anyMatch(answer.body()::contains);
	}

	private void find(FuzzRequest request, Answer answer, String kind) {
		String key = request.endpoint() + ": " + kind;
		counts.merge(key, 1, Integer::sum);
		String body = answer.body();
		findings.putIfAbsent(key, request.describe() + "\n    -> " + answer.status() + " " + answer.contentType() + " "
				+ (body.length() > 600 ? body.substring(0, 600) + "…" : body));
	}

	/** Adds a finding about something else than one answer (the published documents, the stored rows). */
	public void find(String kind, String detail) {
		counts.merge(kind, 1, Integer::sum);
		findings.putIfAbsent(kind, detail);
	}

	public int sent() {
		return sent;
	}

	public String summary() {
		return "Fuzzed " + sent + " requests over " + endpoints.size() + " endpoints: " + serverErrors
				+ " server errors, " + findings.size() + " kinds of findings; " + stored + " stored something, "
				+ oversized + " refused as too large to read, " + documentsRead + " XML documents with entities, a "
				+ "DOCTYPE or XInclude read; "
				+ "statuses " + statuses;
	}

	/** Every finding with its count and first example; empty when there is none. */
	public String report() {
		StringBuilder report = new StringBuilder();
		findings.forEach((key, example) -> report.append("\n- ").append(key).append(" (x").append(counts.get(key))
			.append(")\n    ").append(example));
		return report.toString();
	}
}
