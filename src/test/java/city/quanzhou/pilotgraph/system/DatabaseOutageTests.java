package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.HttpGraphQl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against an external Neo4j (a real server, started by this test in its own JVM and reached over
 * Bolt like any other) that stops and comes back. While it is away, requests fail at once with a clear
 * UNAVAILABLE error and readiness reports DOWN; once it is back the service answers again with no restart,
 * an acknowledged write is there and a refused one left nothing behind.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			// external mode from the start (the real port is only known once the server below has started)
			"spring.neo4j.uri=bolt://127.0.0.1:1", "pilotgraph.seed=never", "pilotgraph.tokens=outage-editor=EDITOR",
			"logging.level.org.springframework.data.neo4j.cypher.unrecognized=error",
			"spring.neo4j.pool.connection-acquisition-timeout=2s", "spring.neo4j.connection-timeout=2s" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTests {

	private static final String EDITOR = "outage-editor";

	/** Long enough for a slow machine, short enough to tell an answer from a hung request. */
	private static final Duration HUNG = Duration.ofSeconds(25);

	private static final String UPSERT = HttpGraphQl.document("upsertEnterpriseByName");

	private static final String FIND = HttpGraphQl.document("enterprisesByText");

	private static Path directory;

	private static int boltPort;

	private static DatabaseManagementService server;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void externalNeo4j(DynamicPropertyRegistry registry) throws IOException {
		directory = Files.createTempDirectory("pilotgraph-outage");
		try (ServerSocket socket = new ServerSocket(0)) {
			boltPort = socket.getLocalPort();
		}
		server = start();
		registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + boltPort);
	}

	private static DatabaseManagementService start() {
		return new DatabaseManagementServiceBuilder(directory)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
			.build();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.shutdown();
		}
	}

	@Test
	void shouldFailFastWhileTheDatabaseIsAwayAndRecoverOnItsOwn() throws Exception {
		var graphQl = new HttpGraphQl(this.port);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		var acknowledged = graphQl.post(UPSERT, Map.of("name", "停机前写入公司"), EDITOR);
		assertThat(acknowledged.<String>read("$.data.upsertEnterprise.enterprise.name")).isEqualTo("停机前写入公司");

		server.shutdown();
		server = null;

		var read = graphQl.post(FIND, Map.of("name", "公司"), null);
		assertThat(read.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAVAILABLE");
		assertThat(read.<String>read("$.errors[0].message")).startsWith("The database is unavailable");
		assertThat(read.<String>read("$.errors[0].extensions.correlationId")).isNotBlank();
		assertThat(read.body()).doesNotContain("Exception").doesNotContain("bolt://").doesNotContain("127.0.0.1");

		var refusedWrite = graphQl.post(UPSERT, Map.of("name", "停机中写入公司"), EDITOR);
		assertThat(refusedWrite.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAVAILABLE");
		assertThat(refusedWrite.<String>read("$.errors[0].message")).contains("read it back");

		var readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"neo4j\"").contains("DOWN");
		assertThat(get("/actuator/health/liveness").statusCode()).as("alive: no restart wanted").isEqualTo(200);

		server = start();

		assertThat(readyWithin(Duration.ofSeconds(60))).as("ready again without a restart").isTrue();
		var after = graphQl.post(FIND, Map.of("name", "写入公司"), null);
		assertThat(after.<Integer>read("$.data.enterprises.totalCount")).isEqualTo(1);
		assertThat(after.<String>read("$.data.enterprises.edges[0].node.name")).isEqualTo("停机前写入公司");
		var retried = graphQl.post(UPSERT, Map.of("name", "恢复后写入公司"), EDITOR);
		assertThat(retried.<String>read("$.data.upsertEnterprise.enterprise.name")).isEqualTo("恢复后写入公司");
	}

	private boolean readyWithin(Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (get("/actuator/health/readiness").statusCode() == 200) {
				return true;
			}
			Thread.sleep(250);
		}
		return false;
	}

	/** Every request here must be answered well within {@link #HUNG}, database or no database. */
	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).timeout(HUNG).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
