package city.quanzhou.pilotgraph.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.ingest.DatasetImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code changes} subscription over a real graphql-ws WebSocket, through the same security and rate
 * limit filters as any client: committed writes are announced in order, refused ones (rolled back) never;
 * and the change log they are announced from, with its retention.
 */
class ChangeSubscriptionTests extends FixtureGraphTest {

	@LocalServerPort
	int port;

	@Autowired
	ChangePublisher publisher;

	@Autowired
	DatasetImporter importer;

	@Autowired
	ChangeLog changeLog;

	private WebSocketGraphQlClient client;

	private Disposable subscription;

	private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

	@BeforeEach
	void graphWithAChainAndAnInstitute() {
		replaceGraph("""
				CREATE (:District {code: '350582', name: '晋江市'})
				CREATE (chain:Entity:IndustryChain {id: 'chain-ne', name: '新能源', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:ChainLink {id: 'link-cell', name: '电芯制造', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
				CREATE (:Entity:ChainLink {id: 'link-bms', name: '电池管理系统', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
				CREATE (:Entity:Institute {id: 'inst-lab', name: '某储能实验室', source: 'SYNTHETIC', version: 1, inCity: true})
				""");
	}

	@AfterEach
	void closeSubscription() {
		if (this.subscription != null) {
			this.subscription.dispose();
		}
		if (this.client != null) {
			this.client.stop().block(Duration.ofSeconds(10));
		}
		// the next test waits for its own subscriber; wait until this one has gone
		await().atMost(Duration.ofSeconds(30)).until(() -> this.publisher.subscriberCount() == 0);
	}

	@Test
	void shouldAnnounceCommittedUpsertsAndTiesButNoRefusedWrite() throws Exception {
		subscribe(null);

		Reply refused = post("upsertTestBase", Map.of("input", base("晋江电芯中试基地", "999999")));
		assertThat(refused.<List<?>>read("$.data.upsertTestBase.errors")).isNotEmpty();
		Reply created = post("upsertTestBase", Map.of("input", base("晋江电芯中试基地", "350582")));
		String baseId = created.read("$.data.upsertTestBase.base.id");
		Reply refusedLink = post("linkEntities", Map.of("input", Map.of("type", "COVERS", "fromId", baseId, "toId", "inst-lab")));
		assertThat(refusedLink.<List<?>>read("$.data.linkEntities.errors")).isNotEmpty();
		post("linkEntities", Map.of("input", Map.of("type", "COVERS", "fromId", baseId, "toId", "link-bms")));
		post("unlinkEntities", Map.of("input", Map.of("type", "COVERS", "fromId", baseId, "toId", "link-bms")));

		// in commit order, and the refused writes (which came first each time) are not among them
		Map<String, Object> upsert = next();
		assertThat(upsert).containsEntry("type", "CREATED")
			.containsEntry("entityIds", List.of(baseId))
			.containsEntry("kinds", List.of("TEST_BASE"))
			.containsEntry("relation", null);
		assertThat(affects(upsert)).contains("BASES", "COVERAGE");
		assertThat((String) upsert.get("at")).isNotBlank();
		Map<String, Object> link = next();
		assertThat(link).containsEntry("type", "LINKED")
			.containsEntry("relation", "COVERS")
			.containsEntry("entityIds", List.of(baseId, "link-bms"))
			.containsEntry("kinds", List.of("TEST_BASE", "CHAIN_LINK"));
		assertThat(affects(link)).containsExactly("COVERAGE", "BASES", "PATHS");
		Map<String, Object> unlink = next();
		assertThat(unlink).containsEntry("type", "UNLINKED").containsEntry("relation", "COVERS");
		assertThat(this.received).isEmpty();
	}

	@Test
	void shouldAnnounceOnlyChangesToTheKindsAskedFor() throws Exception {
		subscribe(List.of("INSTITUTE"));

		post("upsertTestBase", Map.of("input", base("晋江电芯中试基地", "350582")));
		post("upsertInstitute", Map.of("input", Map.of("id", "inst-lab", "version", 1, "name", "某储能实验室（更名）")));

		Map<String, Object> change = next();
		assertThat(change).containsEntry("type", "UPDATED").containsEntry("entityIds", List.of("inst-lab"));
		assertThat(affects(change)).containsExactly("COVERAGE", "PATHS");
	}

	@Test
	void shouldAnnounceAnImportOnceItHasCommitted() throws Exception {
		subscribe(List.of("RESULT"));
		String header = "id,name,aliases,status,openToPublic,services,recognition,operatingModel,districtCode,parkId,"
				+ "establishedYear,equipmentValue,description,source,sourceNote\n";
		byte[] bases = (header + "base-import,晋江导入中试平台,,PLANNED,true,PILOT_MATURATION,NONE,OTHER,350582,,2025,,,SYNTHETIC,test\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] broken = (header + "base-broken,坏行,,NOT_A_STATUS,true,PILOT_MATURATION,NONE,OTHER,350582,,2025,,,SYNTHETIC,test\n")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.importer.importFiles(Map.of("test_bases.csv", () -> new java.io.ByteArrayInputStream(broken)), false,
				"tester").problems()).isNotEmpty();
		assertThat(this.importer.importFiles(Map.of("test_bases.csv", () -> new java.io.ByteArrayInputStream(bases)), false,
				"tester").problems()).isEmpty();

		// an import may touch anything, so it reaches a subscriber that asked for other kinds too
		Map<String, Object> change = next();
		assertThat(change).containsEntry("type", "IMPORTED").containsEntry("kinds", List.of("TEST_BASE"));
		assertThat(affects(change)).containsExactly("COVERAGE", "BASES", "RESULTS", "CONTRACTS", "PATHS");
		assertThat(this.received).isEmpty();
	}

	@Test
	void shouldNumberCommittedChangesInCommitOrderAndPruneTheLogToItsRetention() {
		post("upsertTestBase", Map.of("input", base("晋江电芯中试基地", "999999")));
		String baseId = post("upsertTestBase", Map.of("input", base("晋江电芯中试基地", "350582")))
			.read("$.data.upsertTestBase.base.id");
		post("linkEntities", Map.of("input", Map.of("type", "COVERS", "fromId", baseId, "toId", "link-bms")));
		post("unlinkEntities", Map.of("input", Map.of("type", "COVERS", "fromId", baseId, "toId", "link-bms")));

		// the refused upsert left no entry: the log holds exactly the committed writes, numbered from the start
		assertThat(logged()).containsExactly("1 CREATED " + baseId, "2 LINKED " + baseId, "3 UNLINKED " + baseId);
		assertThat(this.changeLog.prune(Duration.ofDays(1), 2)).isEqualTo(1);
		assertThat(logged()).containsExactly("2 LINKED " + baseId, "3 UNLINKED " + baseId);
		assertThat(this.changeLog.prune(Duration.ZERO, 100)).isEqualTo(2);
		assertThat(logged()).isEmpty();
	}

	private List<String> logged() {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (c:Change)
					RETURN toString(c.seq) + ' ' + c.type + ' ' + c.entityIds[0] AS entry ORDER BY c.seq
					""").list((row) -> row.get("entry").asString()));
		}
	}

	private void subscribe(List<String> kinds) {
		this.client = WebSocketGraphQlClient
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new StandardWebSocketClient())
			.build();
		this.subscription = this.client.document(document("changes"))
			.variable("kinds", kinds)
			.retrieveSubscription("changes")
			.toEntity(Map.class)
			.subscribe((change) -> this.received.add(castToMap(change)));
		// the subscribe message travels on its own socket: wait until the service holds it before writing
		await().atMost(Duration.ofSeconds(30)).until(() -> this.publisher.subscriberCount() == 1);
	}

	private Map<String, Object> next() throws InterruptedException {
		Map<String, Object> change = this.received.poll(30, TimeUnit.SECONDS);
		assertThat(change).as("a change announced within 30 s").isNotNull();
		return change;
	}

	private Reply post(String operation, Map<String, Object> variables) {
		Reply reply = http().post(document(operation), variables, EDITOR);
		assertThat(reply.status()).isEqualTo(200);
		return reply;
	}

	private static Map<String, Object> base(String name, String districtCode) {
		return Map.of("name", name, "status", "PLANNED", "openToPublic", true, "services", List.of("PILOT_MATURATION"),
				"districtCode", districtCode, "coversLinkIds", List.of("link-cell"), "operatorIds", List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<String> affects(Map<String, Object> change) {
		return (List<String>) change.get("affects");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castToMap(Map<?, ?> change) {
		return (Map<String, Object>) change;
	}

	static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
