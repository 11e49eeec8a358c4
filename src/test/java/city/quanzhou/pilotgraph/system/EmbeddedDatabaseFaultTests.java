package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.TestGraphs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults of the embedded database, on a pool of two connections. Every connection taken: a read waits the bounded
 * acquisition time, then answers UNAVAILABLE with Retry-After. Then (last, since it cannot be undone) the database
 * panics, as it does when its disk fills mid-write: it then refuses everything until the process restarts. The panic is injected through Neo4j's own {@link DatabaseHealth} of the real database (the
 * call its storage layer makes on a failed write), since a test cannot fill the machine's disk. Reads must say
 * UNAVAILABLE (not INTERNAL_ERROR) with Retry-After, and liveness must turn DOWN so that an orchestrator restarts
 * the service; no restart in-process is attempted.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0", "pilotgraph.seed=never", "pilotgraph.page-cache=32m",
			// generous limits: on a loaded test machine the migrations alone have taken over 20 s
			"pilotgraph.transaction-timeout=90s", "pilotgraph.limits.request-time-limit=120s",
			"pilotgraph.tokens=panic-editor=EDITOR", "spring.neo4j.pool.max-connection-pool-size=2",
			"spring.neo4j.pool.connection-acquisition-timeout=2s" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseFaultTests {

	private static final String FIND = HttpGraphQl.document("firstEnterprises");

	@LocalServerPort
	int port;

	@Autowired
	DatabaseManagementService embeddedNeo4j;

	@Autowired
	Driver driver;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("database-faults"));
	}

	@Test
	@Order(1)
	void shouldWaitABoundedTimeForAConnectionThenAnswerUnavailableWithRetryAfter() throws Exception {
		List<Session> holders = new ArrayList<>();
		List<Transaction> held = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				Session session = this.driver.session();
				holders.add(session);
				held.add(session.beginTransaction());
			}
			HttpResponse<String> read = post(FIND);
			var reply = new HttpGraphQl.Reply(read.statusCode(), read.body());
			assertThat(reply.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAVAILABLE");
			assertThat(reply.<String>read("$.errors[0].message")).startsWith("The database is unavailable");
			assertThat(read.headers().firstValue("Retry-After")).hasValue("5");
		}
		finally {
			held.forEach(Transaction::close);
			holders.forEach(Session::close);
		}
		HttpResponse<String> after = post(FIND);
		assertThat(new HttpGraphQl.Reply(after.statusCode(), after.body()).<Integer>read("$.data.enterprises.totalCount")).isZero();
	}

	@Test
	@Order(2)
	void shouldAnswerUnavailableAndAskForARestartOnceTheDatabaseHasPanicked() throws Exception {
		var graphQl = new HttpGraphQl(this.port);
		assertThat(graphQl.post(FIND, Map.of(), null).<Integer>read("$.data.enterprises.totalCount")).isZero();
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		((GraphDatabaseAPI) this.embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(DatabaseHealth.class)
			.panic(new IOException("No space left on device"));

		HttpResponse<String> read = post(FIND);
		var reply = new HttpGraphQl.Reply(read.statusCode(), read.body());
		assertThat(reply.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAVAILABLE");
		assertThat(reply.<String>read("$.errors[0].message")).startsWith("The database is unavailable");
		assertThat(read.headers().firstValue("Retry-After")).isPresent();
		assertThat(read.body()).doesNotContain("Exception").doesNotContain("restarted");

		var write = graphQl.postDocument("upsertInstitute", Map.of("input", Map.of("name", "恐慌后写入")), "panic-editor");
		assertThat(write.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAVAILABLE");

		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).as("an orchestrator must restart it").isEqualTo(503);
		assertThat(liveness.body()).contains("\"embeddedNeo4j\"").contains("DOWN");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
	}

	private HttpResponse<String> post(String document) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(net.minidev.json.JSONValue.toJSONString(Map.of("query", document))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
