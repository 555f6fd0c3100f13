package org.beacon.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP relay that forwards every connection to another SMTP server byte for byte, or, while {@link #failing}, greets
 * it with {@code 421 4.3.2 Service not available} and hangs up, as a relay that is down for maintenance does: what a
 * test needs to watch email traffic move to another provider and back.
 */
public final class SwitchableRelay implements AutoCloseable {

	private final ServerSocket socket;

	private final int target;

	private volatile boolean failing;

	public SwitchableRelay(int target) {
		this.target = target;
		try {
			this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException("no loopback port for the relay", ex);
		}
		Thread acceptor = new Thread(this::accept, "switchable-relay");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return socket.getLocalPort();
	}

	public void failing(boolean failing) {
		this.failing = failing;
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				if (failing) {
					try (client) {
						client.getOutputStream().write("421 4.3.2 Service not available\r\n"
							.getBytes(StandardCharsets.US_ASCII));
					}
					continue;
				}
				Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
				pipe(client, server);
				pipe(server, client);
			}
			catch (IOException ex) {
				// the relay closed, or one connection failed: the client sees its connection end
			}
		}
	}

	private static void pipe(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side hung up
			}
			finally {
				close(from);
				close(to);
			}
		}, "switchable-relay-pipe");
		pump.setDaemon(true);
		pump.start();
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
