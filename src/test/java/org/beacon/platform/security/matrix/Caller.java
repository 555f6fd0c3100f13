package org.beacon.platform.security.matrix;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.beacon.support.PageSession;
import org.beacon.support.ParisPost;

/**
 * Sends a {@link Call} as one principal and names the outcome: the status, and for a redirect where it leads
 * ({@code 302→/staff/login}), with ids replaced by {@code {id}} so that outcomes compare across fixtures.
 */
final class Caller {

	/** The staff accounts and their passwords. */
	static final Map<Who, String[]> STAFF = Map.of(Who.OTHER_POST,
			new String[] { ParisPost.OFFICER, ParisPost.PASSWORD }, Who.OFFICER,
			new String[] { "duty-officer", "beacon-dev" }, Who.APPROVER, new String[] { "approver", "beacon-dev" },
			Who.ADMIN, new String[] { "admin", "beacon-dev" }, Who.CRISIS,
			new String[] { "crisis-officer", "beacon-dev" }, Who.OTHER_CRISIS,
			new String[] { ParisPost.CRISIS, ParisPost.PASSWORD });

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	// Not TestRestTemplate: its client answers a 429 by waiting Retry-After and trying again.
	private final HttpClient client = HttpClient.newHttpClient();

	private final String root;

	Caller(String root) {
		this.root = root;
	}

	String send(Call call, Who who, MatrixFixtures fixtures) {
		if (call.page()) {
			PageSession session = fixtures.session(who);
			PageSession.Page page = switch (call.method()) {
				case "GET" -> session.get(call.path());
				case "STREAM" -> session.open(call.path());
				default -> session.post(call.path(), call.body().toArray(String[]::new));
			};
			return outcome(page.status(), page.location());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + call.path()))
			.header("Accept", "application/json, application/problem+json, application/xml, */*;q=0.1");
		credentials(request, who, fixtures);
		String body = call.contentType() == null ? null
				: call.contentType().endsWith("urlencoded") ? form(call.body()) : String.join("", call.body());
		if (body != null) {
			request.header("Content-Type", call.contentType());
		}
		request.method(call.method(), body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body));
		try {
			HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return outcome(response.statusCode(), response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(call + " as " + who, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void credentials(HttpRequest.Builder request, Who who, MatrixFixtures fixtures) {
		if (who.isStaff()) {
			String[] account = STAFF.get(who);
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((account[0] + ":" + account[1]).getBytes(StandardCharsets.UTF_8)));
		}
		else if (who.isCitizen()) {
			request.header("Authorization", "Bearer " + fixtures.credentialsOf(who).token());
		}
	}

	private static String form(List<String> fields) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.size(); i += 2) {
			pairs.add(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
		}
		return String.join("&", pairs);
	}

	static String outcome(int status, String location) {
		if (location == null || status < 300 || status >= 400) {
			return String.valueOf(status);
		}
		String path = URI.create(location).getPath();
		String named = path == null ? location
				: path.replaceAll(UUID, "{id}").replaceAll("matrix-post-\\d+", "{id}").replaceAll("matrix-\\d+", "{username}");
		return status + "→" + named;
	}
}
