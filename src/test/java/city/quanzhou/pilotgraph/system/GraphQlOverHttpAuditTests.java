package city.quanzhou.pilotgraph.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL-over-HTTP audit suite ({@code serverAudits} of the npm package graphql-http) run against the
 * started service: every MUST audit passes, and every SHOULD audit that does not is listed with its reason in
 * docs/compliance.md. The audits are JavaScript; {@code src/test/audit/audit.mjs} runs them under Node.js and
 * reports each result as a JSON line (.ci/run installs the package with {@code npm ci}).
 */
class GraphQlOverHttpAuditTests extends SeededGraphTest {

	private static final Path AUDIT = Path.of("src/test/audit");

	@LocalServerPort
	int port;

	@Test
	void shouldPassEveryMustAuditAndListEveryFailedShouldAudit() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(AUDIT.resolve("node_modules/graphql-http")),
				"graphql-http not installed (run `npm ci --prefix src/test/audit`, as .ci/run does): audit skipped");
		Assumptions.assumeTrue(nodeAvailable(), "Node.js not on the PATH: GraphQL-over-HTTP audit skipped");

		List<Audit> audits = run("http://127.0.0.1:" + this.port + "/graphql");

		assertThat(audits).as("audits reported").hasSizeGreaterThan(40);
		assertThat(audits).filteredOn((audit) -> audit.status().equals("error"))
			.as("failed MUST audits").isEmpty();
		String compliance = Files.readString(Path.of("docs/compliance.md"));
		assertThat(audits).filteredOn((audit) -> audit.status().equals("warn"))
			.as("failed SHOULD audits missing from docs/compliance.md")
			.allSatisfy((audit) -> assertThat(compliance).contains(audit.id()));
	}

	record Audit(String id, String name, String status, String reason) {
	}

	private static List<Audit> run(String url) throws IOException, InterruptedException {
		Process node = new ProcessBuilder("node", "audit.mjs", url).directory(AUDIT.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		List<Audit> audits = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				var json = JsonPath.parse(line);
				audits.add(new Audit(json.read("$.id"), json.read("$.name"), json.read("$.status"),
						json.read("$.reason")));
			}
		}
		assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("audit finished").isTrue();
		assertThat(node.exitValue()).as("audit exit code").isZero();
		return audits;
	}

	private static boolean nodeAvailable() {
		try {
			return new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
