package org.beacon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Beacon's pages as a browser without script uses them, over real HTTP: cookies are kept (session, language), and
 * each form is posted with the CSRF token of the last page read, as the page's own form would send it.
 */
public final class Pages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String root;

	private String csrf;

	/** @param root the address Beacon answers at, such as {@code http://localhost:8080} */
	public Pages(String root) {
		this.root = root;
	}

	/** A page as received: its status and HTML. */
	public record Page(int status, String html) {
	}

	/** Reads a page, and keeps its CSRF token for the next post. */
	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
	}

	/**
	 * Posts a form as a browser does: {@code fields} alternate names and values (a name may come back, as checkboxes
	 * do), URL-encoded in UTF-8, with the CSRF token of the last page read. Redirects are followed.
	 */
	public Page post(String path, String... fields) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		if (csrf != null) {
			pairs.add("_csrf=" + encode(csrf));
		}
		return send(HttpRequest.newBuilder(URI.create(root + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
	}

	/** Signs in with the staff sign-in form. */
	public Pages signInAsStaff(String username, String password) {
		get("/staff/login");
		Page signedIn = post("/staff/login", "username", username, "password", password);
		if (signedIn.status() != 200 || signedIn.html().contains("name=\"password\"")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.status());
		}
		return this;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
