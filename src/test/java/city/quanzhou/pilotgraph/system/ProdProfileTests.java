package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.PilotgraphApplication;
import city.quanzhou.pilotgraph.TestGraphs;
import city.quanzhou.pilotgraph.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} profile: no GraphiQL page and no schema introspection, while queries still answer; metrics
 * and health details only for ADMIN (the probes stay open); no static tokens; Bolt only with the password.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0", "pilotgraph.seed=never", "pilotgraph.page-cache=32m",
			"pilotgraph.bolt-password=" + ProdProfileTests.BOLT_PASSWORD,
			// on a loaded test machine the migrations alone have taken over 20 s
			"pilotgraph.transaction-timeout=90s", "pilotgraph.limits.request-time-limit=120s" })
@ActiveProfiles("prod")
class ProdProfileTests {

	static final String BOLT_PASSWORD = "prod-bolt-secret";

	@LocalServerPort
	int port;

	@Value("${pilotgraph.bolt-port}")
	int boltPort;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("prod-profile"));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwts::publicKeyLocation);
	}

	@Test
	void shouldServeNoGraphiqlPage() throws Exception {
		assertThat(get("/graphiql", null).statusCode()).isEqualTo(404);
	}

	@Test
	void shouldRefuseIntrospectionButAnswerQueries() {
		HttpGraphQl http = new HttpGraphQl(this.port);
		Reply introspection = http.postDocument("schemaTypeNames", Map.of(), null);
		assertThat(introspection.body()).doesNotContain("TestBase");
		assertThat(introspection.<Map<String, Object>>read("$")).containsKey("errors");
		Reply query = http.postDocument("districts", Map.of(), null);
		assertThat(query.<Map<String, Object>>read("$")).doesNotContainKey("errors").containsKey("data");
	}

	@Test
	void shouldKeepMetricsAndHealthDetailsForAdminsAndTheProbesOpen() throws Exception {
		assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
		String planner = TestJwts.token("planner@bureau", List.of("PLANNER"));
		assertThat(get("/actuator/prometheus", planner).statusCode()).isEqualTo(403);

		for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> open = get(probe, null);
			assertThat(open.statusCode()).as(probe).isEqualTo(200);
			assertThat(open.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components")
				.doesNotContain("details").doesNotContain("neo4j");
		}

		// a request of its own, so that the GraphQL timers exist whichever test of this class ran first
		new HttpGraphQl(this.port).postDocument("districts", Map.of(), null);
		String admin = TestJwts.token("admin@bureau", List.of("ADMIN"));
		assertThat(get("/actuator/prometheus", admin).body()).contains("graphql_request_seconds");
		assertThat(get("/actuator/health", admin).body()).contains("\"neo4j\"").contains("\"dataDirectory\"");
	}

	@Test
	void shouldHoldAnEditorsWriteForAReviewer() {
		HttpGraphQl http = new HttpGraphQl(this.port);
		String editor = TestJwts.token("editor@bureau", List.of("EDITOR"));
		Reply proposed = http.postDocument("proposeInstitute", Map.of("input", Map.of("name", "待审核的研究院")), editor);
		assertThat(proposed.<Object>read("$.data.upsertInstitute.institute")).isNull();
		assertThat(proposed.<String>read("$.data.upsertInstitute.proposal.status")).isEqualTo("PENDING");
		String reviewer = TestJwts.token("reviewer@bureau", List.of("REVIEWER"));
		Reply pending = http.postDocument("proposals", Map.of("status", "PENDING"), reviewer);
		assertThat(pending.<List<String>>read("$.data.proposals.edges[*].node.entityName")).contains("待审核的研究院");
		assertThat(pending.<List<String>>read("$.data.proposals.edges[*].node.proposer")).contains("editor@bureau");
	}

	@Test
	void shouldRequireThePasswordOnBolt() {
		String bolt = "bolt://127.0.0.1:" + this.boltPort;
		try (var anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
			assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(Neo4jException.class);
		}
		try (var guessing = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(Neo4jException.class);
		}
		try (var operator = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", BOLT_PASSWORD))) {
			operator.verifyConnectivity();
		}
	}

	@Test
	void shouldNotStartWithStaticTokensOrWithoutABoltPassword() {
		String[] common = { "--server.port=0", "--pilotgraph.bolt-port=0", "--pilotgraph.seed=never",
				"--pilotgraph.page-cache=32m", "--pilotgraph.transaction-timeout=90s",
				"--pilotgraph.limits.request-time-limit=120s" };
		assertThatThrownBy(() -> prod(common, "--pilotgraph.data-dir=" + TestGraphs.directory("prod-no-bolt-password")))
			.hasStackTraceContaining("PILOTGRAPH_BOLT_PASSWORD is not set");
		assertThatThrownBy(() -> prod(common, "--pilotgraph.data-dir=" + TestGraphs.directory("prod-static-tokens"),
				"--pilotgraph.bolt-password=" + BOLT_PASSWORD, "--pilotgraph.tokens=prod-admin-token=ADMIN"))
			.hasStackTraceContaining("static tokens are not allowed");
	}

	private static void prod(String[] common, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of(common));
		args.addAll(List.of(more));
		new SpringApplicationBuilder(PilotgraphApplication.class).profiles("prod").run(args.toArray(String[]::new)).close();
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

}
