package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.TestGraphs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile: no GraphiQL page and no schema introspection, while queries still answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0", "pilotgraph.seed=never", "pilotgraph.page-cache=32m" })
@ActiveProfiles("prod")
class ProdProfileTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("prod-profile"));
	}

	@Test
	void shouldServeNoGraphiqlPage() throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			var page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphiql")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(404);
		}
	}

	@Test
	void shouldRefuseIntrospectionButAnswerQueries() {
		HttpGraphQl http = new HttpGraphQl(this.port);
		Reply introspection = http.post("{ __schema { types { name } } }", Map.of(), null);
		assertThat(introspection.body()).doesNotContain("TestBase");
		assertThat(introspection.<Map<String, Object>>read("$")).containsKey("errors");
		Reply query = http.post("{ districts { code } }", Map.of(), null);
		assertThat(query.<Map<String, Object>>read("$")).doesNotContainKey("errors").containsKey("data");
	}

}
