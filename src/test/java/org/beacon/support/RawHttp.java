package org.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * Requests sent as written, with the headers, methods and bodies a client library would tidy away, and what a
 * refusal of Beacon must look like: problem+json at the API's addresses, the site's error page elsewhere.
 */
public final class RawHttp {

	/** What the site's error page says in English, whatever went wrong. */
	public static final String ERROR_PAGE_HOME_LINK = "Go to the home page";

	private final String root;

	public RawHttp(int port) {
		this.root = "http://localhost:" + port;
	}

	public String root() {
		return root;
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(root + path));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(HttpClient.newHttpClient(), request);
	}

	/** Sends with a client of its own (a browser's, with its cookies). */
	public HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static void assertProblem(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":" + status);
	}

	public static void assertErrorPage(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains(ERROR_PAGE_HOME_LINK);
	}
}
