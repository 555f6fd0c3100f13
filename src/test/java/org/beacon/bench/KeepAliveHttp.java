package org.beacon.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One HTTP/1.1 connection kept alive, for one sender thread of a benchmark: it writes a request as it is and reads the
 * answer, nothing more. The JDK's {@code HttpClient} spends a selector thread and an executor on every exchange, which
 * on a two-core machine takes CPU from the Beacon under test that a provider posting from its own machines would not;
 * a blocking socket per sender costs two system calls an exchange. Reconnects when the server closes the connection.
 */
final class KeepAliveHttp implements AutoCloseable {

	/** A status and a body, as read. */
	record Answer(int status, String body) {
	}

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	private boolean answerStarted;

	/** Sends a form POST built as {@link HttpRequest} (its headers and body) and reads the answer. */
	Answer post(HttpRequest request) throws IOException {
		byte[] body = body(request);
		URI uri = request.uri();
		StringBuilder head = new StringBuilder(256).append("POST ").append(uri.getRawPath())
			.append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
			.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
		request.headers().map().forEach((name, values) -> values
			.forEach(value -> head.append(name).append(": ").append(value).append("\r\n")));
		head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
		for (boolean again = true;; again = false) {
			boolean reused = socket != null;
			answerStarted = false;
			try {
				connect(uri);
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
				return read();
			}
			catch (IOException ex) {
				close();
				// Sent again only on a kept-alive connection the server had closed before answering anything: a request
				// that may have been taken is never posted twice.
				if (!again || !reused || answerStarted) {
					throw ex;
				}
			}
		}
	}

	private void connect(URI uri) throws IOException {
		if (socket == null) {
			socket = new Socket(uri.getHost(), uri.getPort());
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(30_000);
			out = socket.getOutputStream();
			in = new BufferedInputStream(socket.getInputStream(), 8192);
		}
	}

	private Answer read() throws IOException {
		String status = line();
		if (status.isEmpty()) {
			throw new IOException("connection closed");
		}
		int code = Integer.parseInt(status.substring(9, 12));
		int length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				closing = true;
			}
		}
		String body = chunked ? chunks() : new String(in.readNBytes(Math.max(length, 0)), StandardCharsets.UTF_8);
		if (closing) {
			close();
		}
		return new Answer(code, body);
	}

	private String chunks() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
				size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
			body.write(in.readNBytes(size));
			line();
		}
		line();
		return body.toString(StandardCharsets.UTF_8);
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
			answerStarted = true;
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private static byte[] body(HttpRequest request) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CompletableFuture<Void> done = new CompletableFuture<>();
		request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<ByteBuffer>() {

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(ByteBuffer item) {
				byte[] chunk = new byte[item.remaining()];
				item.get(chunk);
				bytes.writeBytes(chunk);
			}

			@Override
			public void onError(Throwable failure) {
				done.completeExceptionally(failure);
			}

			@Override
			public void onComplete() {
				done.complete(null);
			}
		});
		done.join();
		return bytes.toByteArray();
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing a broken connection: nothing more to do
			}
			socket = null;
		}
	}
}
