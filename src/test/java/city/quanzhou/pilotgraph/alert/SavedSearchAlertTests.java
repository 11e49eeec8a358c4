package city.quanzhou.pilotgraph.alert;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Saved searches over real HTTP: a committed write that creates a matching base alerts the search's owner once
 * (inbox and the graphql-ws stream), first by its words, and not again when its embedding is stored and the sweep checks it
 * by meaning; a base that does not match alerts nobody; bad saved searches are refused naming the field.
 */
class SavedSearchAlertTests extends FixtureGraphTest {

	static final String FIXTURE = """
			CREATE (chain:Entity:IndustryChain {id: 'chain-ne', name: '新能源', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (cell:Entity:ChainLink {id: 'link-cell', name: '电芯制造', aliases: [], source: 'SYNTHETIC', version: 1, stage: 'MIDSTREAM'})
			CREATE (inst:Entity:Institute {id: 'inst', name: '能源材料研究院', aliases: [], source: 'SYNTHETIC', version: 1, inCity: true})
			CREATE (cell)-[:PART_OF]->(chain)
			""";

	@Autowired
	AlertEvaluator evaluator;

	@LocalServerPort
	int port;

	@BeforeEach
	void fixture() {
		replaceGraph(FIXTURE);
		embedGraph();
	}

	@Test
	void shouldAlertOncePerEntityWhenAMatchingBaseIsCreatedAndNotForOneThatDoesNotMatch() throws Exception {
		Reply saved = http().postDocument("saveSearch", Map.of("input", Map.of("text", "锂电池", "kinds", List.of("TEST_BASE"),
				"threshold", 0.3)), PLANNER);
		assertThat(saved.<List<?>>read("$.data.saveSearch.errors")).as(saved.body()).isEmpty();
		String searchId = saved.read("$.data.saveSearch.savedSearch.id");
		// the owner listens over graphql-ws, signed in with their token
		CompletableFuture<Map<?, ?>> streamed = WebSocketGraphQlClient
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql"), new StandardWebSocketClient())
			.headers((headers) -> headers.setBearerAuth(PLANNER))
			.build()
			.document(HttpGraphQl.document("newSearchAlerts"))
			// from before the writes: the stream may start on the service after they are checked
			.variable("since", OffsetDateTime.now(ZoneOffset.UTC).toString())
			.retrieveSubscription("newSearchAlerts")
			.toEntity(Map.class)
			.<Map<?, ?>>map((alert) -> alert)
			.next()
			.toFuture();

		String lithium = createBase("晋江锂电池中试基地", "面向锂电池电芯的放大验证与安全检测。");
		String ceramics = createBase("德化陶瓷釉料中试基地", "日用陶瓷釉料配方的小批量试制。");
		// the change log's follower announces each creation; the words check follows it on every instance
		await().atMost(Duration.ofMinutes(2)).until(() -> count("MATCH (c:AlertCheck) RETURN count(c)") == 2);
		await().atMost(Duration.ofMinutes(2)).until(() -> count("MATCH (a:SearchAlert) RETURN count(a)") >= 1);

		Map<?, ?> first = streamed.get(2, TimeUnit.MINUTES);
		assertThat(first.get("entityId")).isEqualTo(lithium);
		assertThat(first.get("searchId")).isEqualTo(searchId);
		assertThat(first.get("phase")).as("found by its words before it had an embedding").isEqualTo("WORDS");
		assertThat(first.get("methods").toString()).contains("WORDS");

		// once embedded, the sweep checks both again by meaning: still one alert for the lithium base, none for ceramics
		awaitEmbeddings();
		this.evaluator.sweep(Instant.now());
		assertThat(count("MATCH (c:AlertCheck {meaningChecked: true}) RETURN count(c)")).isEqualTo(2);
		this.evaluator.checkCreated(List.of(lithium, ceramics), Instant.now());
		Reply alerts = http().postDocument("searchAlerts", Map.of(), PLANNER);
		assertThat(alerts.<List<String>>read("$.data.searchAlerts[*].entityId")).containsExactly(lithium);
		assertThat(alerts.<List<String>>read("$.data.searchAlerts[*].entityId")).doesNotContain(ceramics);
		assertThat(http().postDocument("searchAlerts", Map.of(), BROKER).<List<?>>read("$.data.searchAlerts")).as("not the broker's").isEmpty();
	}

	@Test
	void shouldRefuseBadSavedSearchesNamingTheField() {
		assertThat(errorFields(Map.of("text", "锂电池", "chainId", "chain-nowhere"))).containsExactly("chainId");
		assertThat(errorFields(Map.of("text", "锂电池", "threshold", 2))).containsExactly("threshold");
		assertThat(errorFields(Map.of("text", "锂电池", "kinds", List.of("SUBSIDY")))).containsExactly("kinds[0]");
		assertThat(errorFields(Map.of("text", "电".repeat(201)))).containsExactly("text");
		assertThat(count("MATCH (s:SavedSearch) RETURN count(s)")).isZero();
		assertThat(http().postDocument("saveSearch", Map.of("input", Map.of("text", "锂电池")), null)
			.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAUTHORIZED");
	}

	private List<String> errorFields(Map<String, Object> input) {
		Reply reply = http().postDocument("saveSearch", Map.of("input", input), PLANNER);
		assertThat(reply.<Object>read("$.data.saveSearch")).as(reply.body()).isNotNull();
		return reply.read("$.data.saveSearch.errors[*].field");
	}

	private String createBase(String name, String description) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("status", "OPERATING");
		input.put("openToPublic", true);
		input.put("services", List.of("PILOT_MATURATION"));
		input.put("coversLinkIds", List.of());
		input.put("operatorIds", List.of());
		input.put("description", description);
		Reply reply = http().post(HttpGraphQl.document("upsertTestBase"), Map.of("input", input), EDITOR);
		assertThat(reply.<List<?>>read("$.data.upsertTestBase.errors")).as(reply.body()).isEmpty();
		return reply.read("$.data.upsertTestBase.base.id");
	}

}
