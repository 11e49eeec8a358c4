package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import city.quanzhou.pilotgraph.PilotgraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service started as a user starts it, in a process of its own ({@code main}, the test's class path): a data
 * directory that cannot take the database ends the start at once with one clear log line, a short line on stderr
 * and a non-zero exit; and SIGTERM ends the process even when the graceful shutdown cannot finish. Too little
 * space is the real condition, injected by a watermark above the free space of the real file system.
 */
@Tag("integration")
class StartupAndShutdownTests {

	@TempDir
	Path work;

	@Test
	void shouldRefuseToStartBelowTheWatermarkWithOneLineAndExitCode() throws Exception {
		Service service = Service.start(this.work, this.work.resolve("data"), "--pilotgraph.disk.min-free=100000000GB");
		assertThat(service.process.waitFor(3, TimeUnit.MINUTES)).as("ended by itself").isTrue();

		assertThat(service.process.exitValue()).isEqualTo(DataDirectoryUnfitException.EXIT_CODE);
		assertThat(service.stderr()).startsWith("pilotgraph: Data directory " + this.work.resolve("data"))
			.contains("pilotgraph.disk.min-free=").contains("free, below").doesNotContain("Exception");
		List<String> errors = service.log().lines().filter((line) -> line.contains("ERROR")).toList();
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst()).contains("Not starting: Data directory").contains("pilotgraph.disk.min-free");
		assertThat(service.log()).doesNotContain("\tat ").doesNotContain("Embedded Neo4j started").doesNotContain("Tomcat started");
	}

	@Test
	void shouldRefuseToStartOnADataDirectoryThatIsAFile() throws Exception {
		Path file = Files.writeString(this.work.resolve("not-a-directory"), "a file where the data directory should be");
		Service service = Service.start(this.work, file);
		assertThat(service.process.waitFor(3, TimeUnit.MINUTES)).isTrue();

		assertThat(service.process.exitValue()).isEqualTo(DataDirectoryUnfitException.EXIT_CODE);
		assertThat(service.stderr()).contains(file.toString()).contains("PILOTGRAPH_DATA_DIR");
		assertThat(service.log().lines().filter((line) -> line.contains("ERROR"))).singleElement()
			.asString().contains("Not starting");
	}

	@Test
	void shouldHaltOnSigtermWhenTheGracefulShutdownCannotFinish() throws Exception {
		Service service = Service.start(this.work, this.work.resolve("data"), "--pilotgraph.shutdown.halt-after=3s");
		try {
			service.awaitReady();
			// a client that never sends the rest of its request: the graceful shutdown would wait for it
			try (Socket stalled = new Socket("127.0.0.1", service.httpPort)) {
				OutputStream out = stalled.getOutputStream();
				out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 1000\r\n\r\n{\"query\":").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				service.awaitActiveRequests(2);

				service.process.destroy();
				assertThat(service.process.waitFor(3, TimeUnit.MINUTES)).as("SIGTERM ended the process").isTrue();
			}
			assertThat(service.log()).contains("Shutdown did not finish within 3 s (pilotgraph.shutdown.halt-after); halting");
			assertThat(service.process.exitValue()).isEqualTo(ShutdownDeadline.HALTED);
		}
		finally {
			service.process.destroyForcibly();
		}
	}

	/** The service in a process of its own, its log and stderr in files. */
	private record Service(Process process, int httpPort, Path logFile, Path stderrFile) {

		static Service start(Path work, Path dataDir, String... extra) throws IOException {
			int http = freePort();
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx512m", "-cp", System.getProperty("java.class.path"), PilotgraphApplication.class.getName(),
					"--server.port=" + http, "--pilotgraph.bolt-port=" + freePort(), "--pilotgraph.data-dir=" + dataDir,
					"--pilotgraph.seed=never", "--pilotgraph.page-cache=32m",
					// on a loaded test machine the migrations alone have taken over 20 s
					"--pilotgraph.transaction-timeout=90s", "--pilotgraph.limits.request-time-limit=120s"));
			command.addAll(List.of(extra));
			Path log = work.resolve("service-" + http + ".log");
			Path stderr = work.resolve("service-" + http + ".err");
			Process process = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(stderr.toFile()).start();
			return new Service(process, http, log, stderr);
		}

		String log() throws IOException {
			return Files.readString(this.logFile);
		}

		String stderr() throws IOException {
			return Files.readString(this.stderrFile);
		}

		void awaitReady() throws Exception {
			awaitCondition(() -> get("/actuator/health/readiness").statusCode() == 200);
		}

		/** Until the service holds this many requests in progress (the one asking included). */
		void awaitActiveRequests(int count) throws Exception {
			awaitCondition(() -> {
				var response = get("/actuator/metrics/http.server.requests.active");
				return response.statusCode() == 200 && JsonPath.parse(response.body())
					.<List<Double>>read("$.measurements[?(@.statistic == 'ACTIVE_TASKS')].value").getFirst() >= count;
			});
		}

		private void awaitCondition(Check check) throws Exception {
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("the service exited with " + this.process.exitValue() + ": " + log());
				}
				try {
					if (check.holds()) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			throw new IllegalStateException("condition not reached within 5 minutes; log: " + this.logFile);
		}

		private HttpResponse<String> get(String path) throws Exception {
			try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
				return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path))
					.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

		@FunctionalInterface
		interface Check {

			boolean holds() throws Exception;

		}

	}

}
