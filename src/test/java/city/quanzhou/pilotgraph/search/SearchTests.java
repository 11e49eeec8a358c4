package city.quanzhou.pilotgraph.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the hand-built fixture: exact names first, meaning over words, filters, errors, and
 * entities searchable as soon as they are embedded after a write.
 */
// embeds its fixture with the model before every test: too slow for the fast loop
@Tag("integration")
class SearchTests extends FixtureGraphTest {

	@Autowired
	EntityEmbeddings embeddings;

	@Autowired
	SearchService search;

	@Autowired
	EmbeddingService model;

	@BeforeEach
	void fixture() {
		replaceGraph(SearchFixture.GRAPH);
		embedGraph();
	}

	@Test
	void shouldPutAnExactAliasFirst() {
		List<String> ids = ids(Map.of("text", "清源实验室"));
		assertThat(ids.getFirst()).isEqualTo("inst-qingyuan-lab");
		assertThat(ids(Map.of("text", "中科院泉州装备制造研究中心")).getFirst()).isEqualTo("inst-cas-equipment");
	}

	@Test
	void shouldFindTheEnergyStorageBaseByMeaning() {
		List<String> ids = ids(Map.of("text", "锂电池安全性放大验证", "kinds", List.of("TEST_BASE")));
		assertThat(ids.subList(0, 3)).contains("base-qingyuan-energy-storage");
	}

	@Test
	void shouldNarrowHitsByKindDistrictChainAndStatus() {
		List<String> all = ids(Map.of("text", "电池", "first", 20));
		assertThat(all).contains("base-qingyuan-energy-storage", "base-planned-battery", "res-solid-electrolyte");

		assertThat(ids(Map.of("text", "电池", "first", 20, "kinds", List.of("TEST_BASE"))))
			.isNotEmpty().allMatch((id) -> id.startsWith("base-"));
		// Meaning ranks every candidate, so the filter is what keeps non-operating bases out.
		assertThat(ids(Map.of("text", "电池", "first", 20, "status", List.of("OPERATING"))))
			.startsWith("base-qingyuan-energy-storage")
			.doesNotContain("base-planned-battery", "base-suspended-battery", "res-solid-electrolyte");
		assertThat(ids(Map.of("text", "电池中试", "first", 20, "kinds", List.of("TEST_BASE"), "district", "晋江市")))
			.containsExactly("base-planned-battery");
		assertThat(ids(Map.of("text", "电池中试", "first", 20, "kinds", List.of("TEST_BASE"), "status",
				List.of("PLANNED", "SUSPENDED")))).containsExactlyInAnyOrder("base-planned-battery", "base-suspended-battery");
		assertThat(ids(Map.of("text", "染色", "first", 20, "chainId", "chain-new-energy")))
			.doesNotContain("base-waterless-dyeing", "res-waterless-dyeing");
		// A result is in its owner's district; a demand in its poster's.
		assertThat(ids(Map.of("text", "锂电池", "first", 20, "district", "350505")))
			.contains("res-solid-electrolyte", "demand-battery-safety")
			.doesNotContain("res-outside-safety", "base-planned-battery");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldExplainHowEachHitMatchedOnAReadableScale() {
		var alias = tester().documentName("searchExplained").variable("text", "清源实验室").execute();
		alias.path("search[0].entity.id").entity(String.class).isEqualTo("inst-qingyuan-lab")
			.path("search[0].score").entity(Double.class).isEqualTo(1.0)
			.path("search[0].match.methods").entityList(String.class).contains("ALIAS")
			.path("search[0].match.field").entity(String.class).isEqualTo("aliases")
			.path("search[0].match.snippet").entity(String.class).isEqualTo("【清源实验室】");
		tester().documentName("searchExplained").variable("text", "清源创新实验室").execute()
			.path("search[0].score").entity(Double.class).isEqualTo(1.0)
			.path("search[0].match.methods").entityList(String.class).contains("EXACT_NAME")
			.path("search[0].match.field").entity(String.class).isEqualTo("name")
			.path("search[0].match.snippet").entity(String.class).isEqualTo("【清源创新实验室】");

		List<Map<String, Object>> hits = tester().documentName("searchExplained")
			.variable("text", "热失控预警")
			.variable("first", 10)
			.execute()
			.path("search").entityList(Map.class).get().stream().map((hit) -> (Map<String, Object>) hit).toList();
		assertThat(hits).isNotEmpty().allSatisfy((hit) -> {
			assertThat(((Number) hit.get("score")).doubleValue()).isBetween(0.0, 0.99);
			assertThat((List<String>) ((Map<String, Object>) hit.get("match")).get("methods")).isNotEmpty();
		});
		assertThat(hits).map((hit) -> ((Number) hit.get("score")).doubleValue())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		Map<String, Object> safety = hits.stream()
			.filter((hit) -> "res-outside-safety".equals(((Map<String, Object>) hit.get("entity")).get("id")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> match = (Map<String, Object>) safety.get("match");
		// both methods find it: the words of its name, and its meaning
		assertThat((List<String>) match.get("methods")).containsExactly("MEANING", "WORDS");
		assertThat(match.get("field")).isEqualTo("name");
		assertThat(match.get("snippet")).isEqualTo("锂电池【热失控预警】技术");
		assertThat(((Number) match.get("similarity")).doubleValue()).isBetween(-1.0, 1.0);
		assertThat(((Number) safety.get("score")).doubleValue()).isGreaterThan(0.5);
	}

	@Test
	void shouldRejectEmptyBlankAndOverlongText() {
		expectError(Map.of("text", ""), "text");
		expectError(Map.of("text", "   "), "text");
		expectError(Map.of("text", "电".repeat(SearchService.MAX_TEXT_LENGTH + 1)), "text");
	}

	@Test
	void shouldRejectFirstOutsideItsRange() {
		expectError(Map.of("text", "电池", "first", 101), "first");
		expectError(Map.of("text", "电池", "first", -1), "first");
	}

	@Test
	void shouldRejectUnknownFilters() {
		expectError(Map.of("text", "电池", "district", "火星区"), "district");
		expectError(Map.of("text", "电池", "chainId", "chain-nowhere"), "chainId");
		expectError(Map.of("text", "电池", "status", List.of("BROKEN")), "status");
	}

	@Test
	void shouldRejectAnUnknownKindNamingTheArgument() {
		tester().documentName("search")
			.variable("text", "电池")
			.variable("kinds", List.of("SPACESHIP"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("kinds").contains("SPACESHIP")));
	}

	@Test
	void shouldFindTextWithLuceneSyntaxLiterally() {
		assertThat(ids(Map.of("text", "电芯 AND (正极) \"OR\" ~* [x TO y] \\ /"))).isNotEmpty();
	}

	@Test
	void shouldDrawAgainWhenPolicyRecordsCrowdTheNearestHundred() {
		String text = "海洋生物医药";
		float[] query = this.model.embedQuery(QueryTerms.expand(text));
		// more subsidies than a first draw, nearer to the query than anything else, then one base (cosine 0.9);
		// no shared words, so only the ranking by meaning can find the base
		float[] base = mix(query, 0.9, orthogonalTo(query, 7));
		List<List<Double>> subsidies = java.util.stream.IntStream.range(0, SearchService.CANDIDATES + 50)
			.mapToObj((i) -> asList(mix(query, 0.999, orthogonalTo(query, 100 + i))))
			.toList();
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run("""
						UNWIND range(0, size($vectors) - 1) AS i
						CREATE (n:Entity:Subsidy {id: 'sub-crowd-' + i, name: '补贴' + i, aliases: []})
						WITH n, $vectors[i] AS vector
						CALL db.create.setNodeVectorProperty(n, 'embedding', vector)
						""", Map.of("vectors", subsidies)).consume();
				tx.run("""
						CREATE (n:Entity:TestBase {id: 'base-far-crowded', name: '甲乙丙平台', aliases: [], status: 'OPERATING'})
						WITH n CALL db.create.setNodeVectorProperty(n, 'embedding', $vector)
						""", Map.of("vector", asList(base))).consume();
			});
		}
		List<SearchHit> hits = this.search.search(new SearchRequest(text, null, 50, null, null, null),
				SearchMethod.HYBRID);
		// the first draw holds only subsidies, which a search naming no kinds leaves out: the base is in the second
		assertThat(hits).extracting((hit) -> hit.entity().id()).contains("base-far-crowded");
	}

	private static float[] mix(float[] unit, double cosine, float[] orthogonalUnit) {
		double sine = Math.sqrt(1 - cosine * cosine);
		float[] mixed = new float[unit.length];
		for (int i = 0; i < unit.length; i++) {
			mixed[i] = (float) (cosine * unit[i] + sine * orthogonalUnit[i]);
		}
		return mixed;
	}

	private static float[] orthogonalTo(float[] unit, long seed) {
		java.util.Random random = new java.util.Random(seed);
		float[] other = new float[unit.length];
		double dot = 0;
		for (int i = 0; i < other.length; i++) {
			other[i] = (float) random.nextGaussian();
			dot += other[i] * unit[i];
		}
		double norm = 0;
		for (int i = 0; i < other.length; i++) {
			other[i] -= (float) (dot * unit[i]);
			norm += other[i] * other[i];
		}
		for (int i = 0; i < other.length; i++) {
			other[i] /= (float) Math.sqrt(norm);
		}
		return other;
	}

	private static List<Double> asList(float[] vector) {
		List<Double> list = new java.util.ArrayList<>(vector.length);
		for (float value : vector) {
			list.add((double) value);
		}
		return list;
	}

	@Test
	void shouldMakeANewEntitySearchableOnceEmbedded() {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					CREATE (n:Entity:TestBase {id: 'base-new-hydrogen', name: '氢燃料电池中试平台', aliases: [],
					  status: 'OPERATING', openToPublic: true, services: ['PILOT_MATURATION'],
					  description: '质子交换膜与电堆的放大验证'})
					""" + EmbeddingQueue.MARK).consume());
		}
		awaitEmbeddings();
		List<SearchHit> hits = this.search.search(new SearchRequest("燃料电池电堆", null, 5, null, null, null),
				SearchMethod.VECTOR);
		assertThat(hits).extracting((hit) -> hit.entity().id()).contains("base-new-hydrogen");
	}

	@Test
	void shouldReembedEverythingWithProgress() {
		List<Integer> progress = new java.util.ArrayList<>();
		int total = this.embeddings.reembedAll(progress::add);
		assertThat(total).isEqualTo(this.embeddings.count());
		assertThat(progress).isNotEmpty().last().isEqualTo(total);
	}

	/** Generous response time: the machine is shared and a query embeds its text first. */
	private org.springframework.graphql.test.tester.GraphQlTester tester() {
		return this.graphQl.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
	}

	private List<String> ids(Map<String, Object> variables) {
		var request = tester().documentName("search");
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path("search[*].entity.id").entityList(String.class).get();
	}

	private void expectError(Map<String, Object> variables, String argument) {
		var request = tester().documentName("search");
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", argument);
			assertThat(error.getMessage()).startsWith(argument + ":");
		}));
	}

}
