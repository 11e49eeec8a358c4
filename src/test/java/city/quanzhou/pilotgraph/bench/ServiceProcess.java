package city.quanzhou.pilotgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service jar running in its own process on a data directory of the benchmark's, as a user runs
 * it: embedded Neo4j, Bolt on loopback, the given heap. Knows how long it took to become ready and how much
 * memory it holds.
 */
final class ServiceProcess implements AutoCloseable {

	/** Bearer tokens of the run (static tokens of the local profile): an administrator for imports, an editor. */
	static final String ADMIN_TOKEN = "bench-admin-token";

	static final String EDITOR_TOKEN = "bench-editor-token";

	final int httpPort;

	final int boltPort;

	final Path log;

	private final Process process;

	private final long startedNanos = System.nanoTime();

	private ServiceProcess(Process process, int httpPort, int boltPort, Path log) {
		this.process = process;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
		this.log = log;
	}

	/**
	 * Starts the jar. The rate limit is raised far above what the benchmark sends (it would otherwise answer
	 * 429 to a load client that is one address); uploads may be large (an import batch is tens of MB).
	 */
	static ServiceProcess start(Path jar, Path dataDir, String heap, Path log) {
		int http = freePort();
		int bolt = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "--add-modules", "jdk.incubator.vector"));
		// extra JVM options, e.g. -XX:AOTCache=<cache> for the jar given by bench.jar
		String jvm = System.getProperty("bench.jvm-args", "").trim();
		if (!jvm.isEmpty()) {
			command.addAll(List.of(jvm.split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + http,
				"--pilotgraph.bolt-port=" + bolt,
				"--pilotgraph.data-dir=" + dataDir, "--pilotgraph.seed=never",
				"--pilotgraph.rate-limit.per-second=1000000", "--pilotgraph.rate-limit.burst=1000000",
				"--spring.servlet.multipart.max-file-size=1GB", "--spring.servlet.multipart.max-request-size=2GB"));
		// extra service arguments, e.g. longer time limits when the machine is loaded far above its cores
		String extra = System.getProperty("bench.service-args", "").trim();
		if (!extra.isEmpty()) {
			command.addAll(List.of(extra.split("\\s+")));
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("PILOTGRAPH_TOKENS", ADMIN_TOKEN + "=ADMIN," + EDITOR_TOKEN + "=EDITOR");
		try {
			Files.createDirectories(log.getParent());
			return new ServiceProcess(builder.start(), http, bolt, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + jar, ex);
		}
	}

	/** Polls the readiness probe until it answers 200; returns the milliseconds since the process started. */
	long awaitReady(Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - this.startedNanos) / 1_000_000;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(100);
		}
		throw new IllegalStateException("The service was not ready within " + timeout + "; see " + this.log);
	}

	/** Resident memory now, in MiB (VmRSS of /proc). */
	long rssMiB() {
		return procStatus("VmRSS:");
	}

	/** Highest resident memory since the process started, in MiB (VmHWM of /proc). */
	long peakRssMiB() {
		return procStatus("VmHWM:");
	}

	private long procStatus(String key) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
				if (line.startsWith(key)) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return -1;
	}

	/** Stops it as an operator would (SIGTERM, graceful shutdown, the database closes cleanly). */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(120, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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
