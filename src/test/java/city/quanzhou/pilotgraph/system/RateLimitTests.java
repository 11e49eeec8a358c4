package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import net.minidev.json.JSONValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.TestGraphs;
import city.quanzhou.pilotgraph.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entry is charged to its client's budget (here a burst of 20 and next to no refill, so a budget once spent
 * stays spent for the test): HTTP GraphQL, each graphql-ws operation, imports and exports. The budget belongs to
 * the authenticated principal, else to the address; loopback is configured as a trusted proxy, so that each test
 * plays its own client through {@code X-Forwarded-For}. Nothing a client can see (updatedBy) is derived from a
 * token, and no header it can make up opens a budget of its own.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0", "pilotgraph.seed=never", "pilotgraph.page-cache=32m",
			// generous limits: on a loaded test machine the migrations alone have taken over 20 s
			"pilotgraph.transaction-timeout=90s", "pilotgraph.limits.request-time-limit=120s",
			"pilotgraph.rate-limit.per-second=0.001", "pilotgraph.rate-limit.burst=20",
			"pilotgraph.rate-limit.max-in-flight=4", "pilotgraph.rate-limit.max-in-flight-per-connection=2",
			"pilotgraph.rate-limit.trusted-proxies=127.0.0.1",
			"pilotgraph.tokens=limits-editor=EDITOR:王编辑,limits-editor2=EDITOR,limits-admin=ADMIN,limits-planner=PLANNER,"
					+ "limits-broker=BROKER",
			"logging.level.org.springframework.data.neo4j.cypher.unrecognized=error" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RateLimitTests {

	private static final int BURST = 20;

	private static final String DISTRICTS = HttpGraphQl.document("districts");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("rate-limits"));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwts::publicKeyLocation);
	}

	@Test
	void shouldAnswerMadeUpCredentialsWith401SoThatVaryingThemOpensNoFreshBudget() throws Exception {
		String client = "198.51.100.40";
		for (int i = 0; i < BURST; i++) {
			assertThat(graphQl(client, null).statusCode()).isEqualTo(200);
		}
		assertThat(graphQl(client, null).statusCode()).as("the anonymous budget is spent").isEqualTo(429);
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			statuses.add(graphQl(client, "Basic " + java.util.Base64.getEncoder().encodeToString(("u" + i + ":p").getBytes())).statusCode());
			statuses.add(graphQl(client, "Bearer made-up-" + i).statusCode());
			statuses.add(graphQl(client, "Bearer a" + i + ".b.c").statusCode());
		}
		assertThat(statuses).as("never an answer, never a budget of its own").containsOnly(401);
	}

	@Test
	void shouldChargeEverySpellingOfOneTokenToOneBudgetFromAnyAddress() throws Exception {
		List<String> spellings = List.of("Bearer limits-planner", "Bearer  limits-planner ", "bearer limits-planner",
				"BEARER limits-planner\t");
		for (int i = 0; i < BURST; i++) {
			// from a different address each time: the budget is the principal's, not the address's
			assertThat(graphQl("203.0.113." + i, spellings.get(i % spellings.size())).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = graphQl("203.0.113.99", "Bearer   limits-planner");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(refused.body()).contains("pilotgraph.rate-limit").contains("RATE_LIMITED");
		assertThat(graphQl("203.0.113.99", null).statusCode()).as("that address's own budget is untouched").isEqualTo(200);
	}

	@Test
	void shouldShowEditorsByDisplayNameOrRoleAndNothingMadeFromTheirTokens() throws Exception {
		String named = updatedByAfterUpsert("限流测试研究院甲", "Bearer limits-editor");
		String unnamed = updatedByAfterUpsert("限流测试研究院乙", "Bearer limits-editor2");
		String jwt = updatedByAfterUpsert("限流测试研究院丙",
				"Bearer " + TestJwts.token("sub-4711", List.of("EDITOR"), Map.of("name", "李审核")));
		assertThat(named).isEqualTo("王编辑");
		assertThat(unnamed).isEqualTo("EDITOR");
		assertThat(jwt).isEqualTo("李审核");

		// whatever a client builds from what it can see lands nowhere near the editor's budget
		for (int i = 0; i < 3 * BURST; i++) {
			// (HTTP headers are Latin-1: the Chinese display name cannot even be sent as one)
			for (String seen : List.of(unnamed, "token:editor-" + Integer.toHexString(i), "editor-" + Integer.toHexString(i))) {
				assertThat(graphQl("198.51.100.50", "Bearer " + seen).statusCode()).isEqualTo(401);
			}
		}
		assertThat(graphQl("198.51.100.51", "Bearer limits-editor").statusCode()).as("the real editor still gets through")
			.isEqualTo(200);
	}

	@Test
	void shouldChargeExportsAndImportsToTheCallersBudget() throws Exception {
		for (int i = 0; i < BURST; i++) {
			assertThat(send(HttpRequest.newBuilder(uri("/export/test_bases.csv")), "198.51.100.60", "Bearer limits-admin")
				.statusCode()).isEqualTo(200);
		}
		HttpResponse<String> export = send(HttpRequest.newBuilder(uri("/export/test_bases.xlsx")), "198.51.100.61",
				"Bearer limits-admin");
		assertThat(export.statusCode()).isEqualTo(429);
		assertThat(export.body()).contains("pilotgraph.rate-limit");
		String boundary = "limits-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"districts.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\ncode,name\r\n\r\n--" + boundary + "--\r\n";
		HttpResponse<String> upload = send(HttpRequest.newBuilder(uri("/admin/import?dryRun=true"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)), "198.51.100.62", "Bearer limits-admin");
		assertThat(upload.statusCode()).isEqualTo(429);
		assertThat(upload.body()).contains("pilotgraph.rate-limit");
	}

	@Test
	void shouldChargeEveryWebSocketOperationToTheClientsBudget() throws Exception {
		String client = "198.51.100.70";
		List<Boolean> answers = new ArrayList<>();
		try (RawGraphQlWebSocket socket = new RawGraphQlWebSocket(this.port, Map.of("X-Forwarded-For", client))) {
			socket.initialised();
			for (int i = 0; i < BURST + 10; i++) {
				// one at a time, so that only the budget (not the cap on operations in progress) can refuse
				socket.subscribe("q" + i, DISTRICTS);
				DocumentContext reply = nextResult(socket);
				boolean refused = reply.<Map<String, Object>>read("$.payload").get("errors") != null;
				if (refused) {
					assertThat(reply.<String>read("$.payload.errors[0].extensions.classification")).isEqualTo("RATE_LIMITED");
					assertThat(reply.<String>read("$.payload.errors[0].message")).contains("pilotgraph.rate-limit.per-second");
				}
				answers.add(!refused);
			}
			assertThat(socket.isOpen()).as("a refused operation leaves the connection open").isTrue();
		}
		// the upgrade took one request of the budget, each operation one more
		assertThat(answers.subList(0, BURST - 1)).containsOnly(true);
		assertThat(answers.subList(BURST - 1, answers.size())).containsOnly(false);
		assertThat(graphQl(client, null).statusCode()).as("the same client over HTTP: the same budget").isEqualTo(429);
	}

	@Test
	void shouldKeepAFloodOnOneConnectionWithinTheClientsBudgetAndThePoolFree() throws Exception {
		int sent = 200;
		int answered = 0;
		try (RawGraphQlWebSocket socket = new RawGraphQlWebSocket(this.port, Map.of("X-Forwarded-For", "198.51.100.71"))) {
			socket.initialised();
			for (int i = 0; i < sent; i++) {
				socket.subscribe("q" + i, DISTRICTS);
			}
			for (int i = 0; i < sent; i++) {
				DocumentContext reply = nextResult(socket);
				if (reply.<Map<String, Object>>read("$.payload").get("errors") == null) {
					answered++;
				}
				else {
					assertThat(reply.<String>read("$.payload.errors[0].extensions.classification")).isEqualTo("RATE_LIMITED");
				}
			}
		}
		assertThat(answered).isPositive().isLessThanOrEqualTo(BURST - 1);
		assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/readiness")), null, null).statusCode()).isEqualTo(200);
		assertThat(graphQl("198.51.100.72", null).statusCode()).as("others are served as before").isEqualTo(200);
	}

	/** The next result of an operation (a next message), skipping completes. */
	private static DocumentContext nextResult(RawGraphQlWebSocket socket) throws InterruptedException {
		while (true) {
			DocumentContext message = socket.next();
			if ("next".equals(message.read("$.type"))) {
				return message;
			}
		}
	}

	private String updatedByAfterUpsert(String name, String authorization) throws Exception {
		HttpResponse<String> response = graphQl("198.51.100.52", authorization, """
				mutation($name: String!) { upsertInstitute(input: {name: $name, inCity: true}) {
				  institute { id updatedBy } errors { field message } } }""", Map.of("name", name));
		assertThat(response.statusCode()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.<List<?>>read("$.data.upsertInstitute.errors")).isEmpty();
		assertThat(response.body()).doesNotContain("token:").doesNotContain("limits-");
		return json.read("$.data.upsertInstitute.institute.updatedBy");
	}

	private HttpResponse<String> graphQl(String client, String authorization) throws Exception {
		return graphQl(client, authorization, DISTRICTS, Map.of());
	}

	private HttpResponse<String> graphQl(String client, String authorization, String document, Map<String, Object> variables)
			throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSONValue.toJSONString(body))), client, authorization);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String client, String authorization) throws Exception {
		request.timeout(Duration.ofSeconds(60));
		if (client != null) {
			request.header("X-Forwarded-For", client);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
