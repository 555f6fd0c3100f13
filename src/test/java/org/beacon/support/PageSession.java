package org.beacon.support;

import java.io.IOException;
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
 * One visitor of the pages without a browser (nor script), over real HTTP: keeps its cookies (session, language),
 * and posts forms with the CSRF token of the page it read last, as the browser would send the form of that page.
 * Redirects are answered as they are, or followed as a browser follows them.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String root;

	private final HttpClient client;

	private String csrf;

	/** A visitor who sees each redirect as it is answered ({@link Page#location()}). */
	public PageSession(String rootUri) {
		this(rootUri, false);
	}

	/**
	 * @param rootUri the address Beacon answers at, such as {@code http://localhost:8080}
	 * @param followRedirects whether redirects are followed to the page they lead to
	 */
	public PageSession(String rootUri, boolean followRedirects) {
		this(rootUri, HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
			.build(), null);
	}

	private PageSession(String rootUri, HttpClient client, String csrf) {
		this.root = rootUri;
		this.client = client;
		this.csrf = csrf;
	}

	/**
	 * The same visitor, with the same cookies and form token, at another address: another replica of Beacon, as a
	 * load balancer without sticky sessions may send them to (cookies of a host are sent to each of its ports).
	 */
	public PageSession at(String otherRootUri) {
		return new PageSession(otherRootUri, client, csrf);
	}

	/** A page as received: its status, where it redirects (null for none) and its HTML. */
	public record Page(int status, String location, String body) {
	}

	/** Signs in with the staff sign-in form. */
	public PageSession signInAsStaff(String username, String password) {
		get("/staff/login");
		Page answer = post("/staff/login", "username", username, "password", password);
		boolean refused = answer.location() != null ? answer.location().contains("/staff/login")
				: answer.status() != 200 || answer.body().contains("name=\"password\"");
		if (refused) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + answer.status());
		}
		return this;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
	}

	/** Opens a page that may never end, such as an event stream, and closes it once its status is known. */
	public Page open(String path) {
		try {
			// A stream that never starts must fail the test, not hang it.
			HttpResponse<java.io.InputStream> response = client.sendAsync(HttpRequest.newBuilder(URI.create(root + path))
				.header("Accept", "text/event-stream, text/html")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream()).get(30, java.util.concurrent.TimeUnit.SECONDS);
			response.body().close();
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), "");
		}
		catch (IOException | java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException(path + " did not answer within 30 seconds", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Opens an event stream and answers its body as it comes, for the caller to read and close; a stream that does not
	 * start within 30 seconds fails.
	 */
	public java.io.InputStream stream(String path) {
		try {
			HttpResponse<java.io.InputStream> response = client.sendAsync(HttpRequest.newBuilder(URI.create(root + path))
				.header("Accept", "text/event-stream")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream()).get(30, java.util.concurrent.TimeUnit.SECONDS);
			if (response.statusCode() != 200) {
				response.body().close();
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Posts a form as a browser does: {@code fields} alternate names and values (a name may come back, as checkboxes
	 * do), URL-encoded in UTF-8, with the CSRF token of the last page read.
	 */
	public Page post(String path, String... fields) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		if (csrf != null) {
			pairs.add("_csrf=" + encode(csrf));
		}
		String form = String.join("&", pairs);
		return send(HttpRequest.newBuilder(URI.create(root + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/**
	 * Posts JSON as a page's script does ({@code fetch}): with the CSRF token of the last page read in Spring
	 * Security's header, asking for JSON back.
	 */
	public Page postJson(String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request, "application/json");
	}

	private Page send(HttpRequest.Builder request) {
		return send(request, "text/html");
	}

	private Page send(HttpRequest.Builder request, String accept) {
		try {
			HttpResponse<String> response = client.send(request.header("Accept", accept)
				.header("Accept-Language", "en")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body());
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
}
