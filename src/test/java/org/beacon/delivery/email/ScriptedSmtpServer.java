package org.beacon.delivery.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** An SMTP server on loopback that answers RCPT TO with a fixed reply, to see how Beacon takes a refusal. */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final Thread thread;

	ScriptedSmtpServer(String rcptReply) throws IOException {
		this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		this.thread = new Thread(() -> serve(rcptReply), "scripted-smtp");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void serve(String rcptReply) {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept();
					BufferedReader in = new BufferedReader(
							new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
					PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
				reply(out, "220 scripted.test ESMTP");
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					String command = line.toUpperCase();
					if (command.startsWith("EHLO") || command.startsWith("HELO")) {
						reply(out, "250 scripted.test");
					}
					else if (command.startsWith("RCPT")) {
						reply(out, rcptReply);
					}
					else if (command.startsWith("QUIT")) {
						reply(out, "221 bye");
						break;
					}
					else {
						reply(out, "250 OK");
					}
				}
			}
			catch (IOException ex) {
				if (!socket.isClosed()) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

	private static void reply(PrintWriter out, String line) {
		out.print(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
