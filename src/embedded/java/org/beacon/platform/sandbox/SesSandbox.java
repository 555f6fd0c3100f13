package org.beacon.platform.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.beacon.platform.sandbox.FakeSesApi.Answer;
import org.beacon.platform.sandbox.SandboxEmails.Received;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server that serves the SES fake ({@link FakeSesApi}) to the real AWS SDK, so the embedded default and
 * the tests exercise Beacon's SES sender end to end without reaching a mailbox. It keeps what it took for the outbox,
 * read as the SMTP sandbox reads its mail ({@link SandboxEmails}); each email's id is SES's MessageId, the one the
 * ledger records. While {@link #failing(boolean) failing} it answers every call 503, as SES does when it is down, to
 * watch traffic move to the other email provider.
 */
public final class SesSandbox implements FailingSwitch, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SesSandbox.class);

	private final HttpServer server;

	private final ExecutorService executor;

	private final int capacity;

	private final String accessKeyId;

	private final Deque<Received> received = new ArrayDeque<>();

	private final AtomicInteger requests = new AtomicInteger();

	private volatile boolean failing;

	private SesSandbox(HttpServer server, ExecutorService executor, int capacity, String accessKeyId) {
		this.server = server;
		this.executor = executor;
		this.capacity = capacity;
		this.accessKeyId = accessKeyId;
	}

	/**
	 * @param port 0 for any free port ({@link #port()})
	 * @param capacity how many emails it keeps, the oldest dropped first
	 * @param accessKeyId the only access key whose calls it takes
	 */
	public static SesSandbox start(int port, int capacity, String accessKeyId) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		ExecutorService executor = Executors.newFixedThreadPool(4);
		SesSandbox sandbox = new SesSandbox(server, executor, capacity, accessKeyId);
		server.createContext("/", sandbox::handle);
		server.setExecutor(executor);
		server.start();
		log.info("Sandbox SES API listening on http://127.0.0.1:{}", sandbox.port());
		return sandbox;
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** Makes every call fail with 503 (true), or be answered as SES does again (false). */
	@Override
	public void failing(boolean failing) {
		this.failing = failing;
	}

	@Override
	public boolean failing() {
		return failing;
	}

	/** How many HTTP requests reached it, answered or refused. */
	public int requests() {
		return requests.get();
	}

	/** The emails it took, oldest first, as the outbox shows them. */
	public List<SandboxMessage> received() {
		return emails().stream().map(Received::shown).toList();
	}

	/** The emails it took, oldest first, as Beacon sent them. */
	public List<MimeMessage> messages() {
		return emails().stream().map(Received::message).toList();
	}

	synchronized List<Received> emails() {
		return List.copyOf(received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			requests.incrementAndGet();
			byte[] body = exchange.getRequestBody().readAllBytes();
			Answer answer = failing ? FakeSesApi.unavailable()
					: FakeSesApi.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
							exchange.getRequestHeaders().getFirst("Authorization"), body, accessKeyId);
			if (answer.accepted()) {
				store(SandboxEmails.received(answer.message(), answer.messageId(), Instant.now()));
			}
			respond(exchange, answer);
		}
	}

	private synchronized void store(Received email) {
		if (received.size() == capacity) {
			received.removeFirst();
		}
		received.addLast(email);
	}

	private static void respond(HttpExchange exchange, Answer answer) throws IOException {
		SandboxHttp.respond(exchange, answer.status(), "application/json", answer.headers(), answer.json());
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
