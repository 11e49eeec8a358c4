package city.quanzhou.pilotgraph.live;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import reactor.core.Disposable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.PilotgraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service on one external database, as behind a load balancer: a real Neo4j server
 * started here and reached over Bolt (as in DatabaseOutageTests), and two application contexts pointed at it.
 * A write through either instance reaches the subscribers of both, once each and in commit order, and the
 * instance that announced it reads it at once.
 */
@Tag("integration")
class SeveralInstancesTests {

	private static final String EDITOR = "instances-editor";

	private static final String CREATE = """
			mutation Create($name: String!) {
			  upsertEnterprise(input: {name: $name, districtCode: null, source: SYNTHETIC}) {
			    enterprise { id name version } errors { field message }
			  }
			}""";

	private static final String RENAME = """
			mutation Rename($id: ID!, $version: Int!, $name: String!) {
			  upsertEnterprise(input: {id: $id, version: $version, name: $name, districtCode: null, source: SYNTHETIC}) {
			    enterprise { id name version } errors { field message }
			  }
			}""";

	private static final String READ = """
			query Read($id: ID!, $name: String!) {
			  entity(id: $id) { id name }
			  enterprises(first: 10, filter: {text: $name}) { totalCount }
			}""";

	private static Path directory;

	private static DatabaseManagementService server;

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	private final Subscriber onA = new Subscriber();

	private final Subscriber onB = new Subscriber();

	@BeforeAll
	static void startDatabaseAndTwoInstances() throws IOException {
		directory = Files.createTempDirectory("pilotgraph-instances");
		int boltPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			boltPort = socket.getLocalPort();
		}
		server = new DatabaseManagementServiceBuilder(directory)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
			.build();
		// one after the other, as a rolling start would: the first applies the migrations, the second finds them
		instanceA = start(boltPort);
		instanceB = start(boltPort);
	}

	private static ConfigurableApplicationContext start(int boltPort) {
		return new SpringApplicationBuilder(PilotgraphApplication.class)
			// arguments, not default properties: they must win over application.yml's environment defaults
			.run("--server.port=0", "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--pilotgraph.seed=never",
					"--pilotgraph.tokens=" + EDITOR + "=EDITOR",
					// this test is about changes and reads; two embedding jobs on one queue are not its subject
					"--pilotgraph.embedding.background=false",
					// generous limits: several builds share two cores
					"--pilotgraph.transaction-timeout=90s", "--pilotgraph.limits.request-time-limit=120s",
					"--logging.level.org.springframework.data.neo4j.cypher.unrecognized=error");
	}

	@AfterAll
	static void stopAll() {
		if (instanceB != null) {
			instanceB.close();
		}
		if (instanceA != null) {
			instanceA.close();
		}
		if (server != null) {
			server.shutdown();
		}
	}

	@AfterEach
	void unsubscribe() {
		this.onA.close();
		this.onB.close();
	}

	@Test
	void shouldAnnounceAWriteThroughEitherInstanceToTheSubscribersOfBothAndLetThemReadItAtOnce() throws Exception {
		this.onA.subscribe(instanceA);
		this.onB.subscribe(instanceB);

		Reply created = http(instanceA).post(CREATE, Map.of("name", "双实例写入公司"), EDITOR);
		assertThat(created.body()).as("a payload without errors").contains("\"errors\":[]");
		String id = created.read("$.data.upsertEnterprise.enterprise.id");

		// B did not take the write, yet its subscriber hears of it, and B reads it as soon as it has
		assertThat(this.onB.next()).containsEntry("type", "CREATED")
			.containsEntry("entityIds", List.of(id))
			.containsEntry("kinds", List.of("ENTERPRISE"));
		Reply readOnB = http(instanceB).post(READ, Map.of("id", id, "name", "双实例写入公司"), null);
		assertThat(readOnB.<String>read("$.data.entity.name")).as(readOnB.body()).isEqualTo("双实例写入公司");
		assertThat(readOnB.<Integer>read("$.data.enterprises.totalCount")).isEqualTo(1);
		// A's own subscriber hears of it through the same log, once
		assertThat(this.onA.next()).containsEntry("type", "CREATED").containsEntry("entityIds", List.of(id));

		int version = created.read("$.data.upsertEnterprise.enterprise.version");
		Reply renamed = http(instanceB).post(RENAME, Map.of("id", id, "version", version, "name", "双实例改名公司"), EDITOR);
		assertThat(renamed.body()).as("a payload without errors").contains("\"errors\":[]");

		// the next change each subscriber hears of is the rename: no write was announced twice on either instance
		assertThat(this.onA.next()).containsEntry("type", "UPDATED").containsEntry("entityIds", List.of(id));
		Reply readOnA = http(instanceA).post(READ, Map.of("id", id, "name", "双实例改名公司"), null);
		assertThat(readOnA.<String>read("$.data.entity.name")).as(readOnA.body()).isEqualTo("双实例改名公司");
		assertThat(this.onB.next()).containsEntry("type", "UPDATED").containsEntry("entityIds", List.of(id));
	}

	private static HttpGraphQl http(ConfigurableApplicationContext instance) {
		return new HttpGraphQl(instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
	}

	/** A graphql-ws client of one instance's {@code changes}, as a dashboard holds it. */
	private static final class Subscriber {

		private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

		private WebSocketGraphQlClient client;

		private Disposable subscription;

		private ChangePublisher publisher;

		@SuppressWarnings("unchecked")
		void subscribe(ConfigurableApplicationContext instance) {
			int port = instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			this.publisher = instance.getBean(ChangePublisher.class);
			this.client = WebSocketGraphQlClient
				.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new StandardWebSocketClient())
				.build();
			this.subscription = this.client.document(ChangeSubscriptionTests.document("changes"))
				.variable("kinds", null)
				.retrieveSubscription("changes")
				.toEntity(Map.class)
				.subscribe((change) -> this.received.add((Map<String, Object>) change));
			// the subscribe message travels on its own socket: wait until the instance holds it before writing
			await().atMost(Duration.ofSeconds(30)).until(() -> this.publisher.subscriberCount() == 1);
		}

		Map<String, Object> next() throws InterruptedException {
			Map<String, Object> change = this.received.poll(30, TimeUnit.SECONDS);
			assertThat(change).as("a change announced within 30 s").isNotNull();
			return change;
		}

		void close() {
			if (this.subscription != null) {
				this.subscription.dispose();
			}
			if (this.client != null) {
				this.client.stop().block(Duration.ofSeconds(10));
				await().atMost(Duration.ofSeconds(30)).until(() -> this.publisher.subscriberCount() == 0);
			}
		}

	}

}
