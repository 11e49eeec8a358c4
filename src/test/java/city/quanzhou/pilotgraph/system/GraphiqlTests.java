package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.ContractOperations;
import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works without internet: the page names only assets the service serves itself, and it opens
 * with the saved client operations, whose example variables answer on the seed data.
 */
class GraphiqlTests extends SeededGraphTest {

	@LocalServerPort
	int port;

	@Test
	void shouldServeGraphiqlWithEveryAssetFromTheServiceItself() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
		int count = 0;
		while (assets.find()) {
			String asset = assets.group(1);
			assertThat(asset).as("asset %s must come from the service", asset).startsWith("/_static/");
			assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
			count++;
		}
		assertThat(count).isEqualTo(4);
		assertThat(page.body()).doesNotContain("://");
	}

	@Test
	void shouldOpenWithTheContractOperationsUnchanged() throws Exception {
		List<Map<String, String>> examples = JsonPath.parse(get("/graphiql/examples").body()).read("$");
		// the planner's first question opens, the other queries by name, the mutation (an editor's) last
		assertThat(examples).extracting((example) -> example.get("name")).containsExactly("CoverageGaps", "BaseMatches",
				"BridgingBrokers", "ChainCoverage", "Entity", "PartnerPaths", "Search", "TestBases", "UpsertTestBase");
		Assumptions.assumeTrue(Files.isDirectory(ContractOperations.DIRECTORY),
				"../shared/contract/operations not present: comparison with the contract skipped");
		for (Map<String, String> example : examples) {
			assertThat(example.get("query")).as(example.get("name")).isEqualTo(ContractOperations.load(example.get("name")));
		}
	}

	@Test
	void shouldAnswerEveryExampleWithItsVariablesOnTheSeedData() throws Exception {
		List<Map<String, String>> examples = JsonPath.parse(get("/graphiql/examples").body()).read("$");
		HttpGraphQl http = new HttpGraphQl(this.port);
		for (Map<String, String> example : examples) {
			Map<String, Object> variables = JsonPath.parse(example.get("variables")).read("$");
			Reply reply = http.post(example.get("query"), variables, null);
			if (example.get("name").equals("UpsertTestBase")) {
				// a write needs an editor's token, which the example tells the user to put in the Headers tab
				assertThat(reply.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAUTHORIZED");
			}
			else {
				assertThat(reply.<Map<String, Object>>read("$")).as(example.get("name")).doesNotContainKey("errors");
				assertThat(reply.<Map<String, Object>>read("$.data")).as(example.get("name")).isNotEmpty();
			}
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

}
