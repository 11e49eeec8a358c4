package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The port of the test SMTP server, chosen once per test run: the shared fixture service sends digest mails
 * there, and the tests that read them start GreenMail on it (nothing listens otherwise, so a mail fails to send).
 */
public final class TestMail {

	private static final int PORT = freePort();

	private TestMail() {
	}

	public static int port() {
		return PORT;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
