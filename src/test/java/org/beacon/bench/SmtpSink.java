package org.beacon.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A local SMTP server that accepts every message and keeps none of it, counting each recipient: GreenMail keeps
 * every message in memory, which a million emails would not fit. One thread per session, as relays do.
 */
final class SmtpSink implements AutoCloseable {

	private final ServerSocket server;

	volatile Arrivals arrivals;

	SmtpSink(Arrivals arrivals) throws IOException {
		this.arrivals = arrivals;
		server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "smtp-sink");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				socket.setTcpNoDelay(true);
				Thread session = new Thread(() -> session(socket), "smtp-sink-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1), 65536);
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 sink ESMTP");
			List<Integer> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 10485760");
					case "HELO", "MAIL", "NOOP" -> reply(out, "250 OK");
					case "RSET" -> {
						recipients.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						recipients.add(Arrivals.indexOfEmail(line.substring(line.indexOf('<') + 1, line.indexOf('>'))));
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 go ahead");
						while ((line = in.readLine()) != null && !line.equals(".")) {
							// the message is not kept
						}
						recipients.forEach(index -> arrivals.arrived(Arrivals.Channel.EMAIL, index));
						recipients.clear();
						reply(out, "250 OK queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "502 not implemented");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
