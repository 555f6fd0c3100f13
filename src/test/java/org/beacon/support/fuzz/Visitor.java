package org.beacon.support.fuzz;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sends a request: a browser session (its cookies and the CSRF token of its pages) or a program (no cookies; an
 * {@code Authorization} header, or none).
 */
public final class Visitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String name;

	private final String root;

	private final HttpClient client;

	private final Map<String, String> headers;

	private String csrf;

	private Visitor(String name, String root, boolean session, Map<String, String> headers) {
		this.name = name;
		this.root = root;
		this.headers = headers;
		HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10));
		this.client = session ? builder.cookieHandler(new CookieManager()).build() : builder.build();
	}

	/** A program with no credentials, or with these headers (Basic, Bearer, garbage). */
	public static Visitor program(String name, String root, Map<String, String> headers) {
		return new Visitor(name, root, false, headers);
	}

	public static Visitor basic(String root, String user, String password) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return program("basic " + user, root, Map.of("Authorization", "Basic " + credentials));
	}

	/** A browser that has read the home page (so it holds a session and a CSRF token). */
	public static Visitor browser(String name, String root) {
		Visitor visitor = new Visitor(name, root, true, Map.of());
		visitor.read("/");
		return visitor;
	}

	/** A browser signed in with the staff sign-in form. */
	public static Visitor staff(String root, String user, String password) {
		Visitor visitor = browser("session " + user, root);
		visitor.read("/staff/login");
		int status = visitor.postForm("/staff/login", Map.of("username", user, "password", password)).statusCode();
		visitor.read("/staff");
		if (status != 302 || visitor.csrf == null) {
			throw new IllegalStateException("Could not sign in as " + user);
		}
		return visitor;
	}

	/** Opens a citizen's sign-in link and presses its button. */
	public Visitor signInWithLink(String token) {
		read("/signin/link?t=" + token);
		postForm("/signin/link", Map.of("t", token));
		read("/account");
		return this;
	}

	public HttpResponse<String> read(String path) {
		HttpResponse<String> page = exchange(HttpRequest.newBuilder(URI.create(root + path)).GET());
		Matcher token = CSRF.matcher(page.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return page;
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		StringBuilder form = new StringBuilder();
		all.forEach((key, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(key)).append('=')
			.append(encode(value)));
		return exchange(HttpRequest.newBuilder(URI.create(root + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request) {
		try {
			return client.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public String name() {
		return name;
	}

	public HttpClient client() {
		return client;
	}

	/** Headers every request of this visitor carries. */
	public Map<String, String> headers() {
		return headers;
	}

	/** The CSRF token of the last page read; null for a program. */
	public String csrf() {
		return csrf;
	}

	public boolean browser() {
		return client.cookieHandler().isPresent();
	}

	@Override
	public String toString() {
		return name;
	}
}
