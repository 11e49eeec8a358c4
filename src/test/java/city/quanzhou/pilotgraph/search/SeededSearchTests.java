package city.quanzhou.pilotgraph.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import city.quanzhou.pilotgraph.ContractOperations;
import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's Search and BaseMatches operations, run unchanged on the Quanzhou seed data, and the
 * searches the domain brief names.
 */
@SuppressWarnings("unchecked")
class SeededSearchTests extends SeededGraphTest {

	@Test
	void shouldAnswerTheContractSearchOperation() {
		String operation = ContractOperations.load("Search");
		List<String> ids = tester().document(operation)
			.variable("text", "锂电池安全性放大验证")
			.variable("kinds", List.of("TEST_BASE"))
			.variable("first", 3)
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.get();
		assertThat(ids).hasSizeLessThanOrEqualTo(3).contains("base-qingyuan-energy-storage");
		tester().document(operation)
			.variable("text", "清源创新实验室")
			.execute()
			.path("search[0].entity.kind").entity(String.class).isEqualTo("INSTITUTE")
			.path("search[0].entity.name").entity(String.class).isEqualTo("清源创新实验室")
			.path("search[0].score").entity(Double.class).isEqualTo(1.0);
	}

	@Test
	void shouldPutTheWordCandidatesTheVectorIndexMissedIntoTheRankingByMeaningInTheirPlace() {
		// the index's answer, highest first, and the word candidates with their closeness measured exactly
		List<Map<String, Object>> byMeaning = List.of(candidate("a", 0.95, null), candidate("b", 0.90, null),
				candidate("c", 0.80, null));
		List<Map<String, Object>> byWords = List.of(candidate("w-missed", 0.7, 0.93), candidate("b", 0.6, 0.90),
				candidate("w-far", 0.5, 0.75), candidate("w-unembedded", 0.4, null), candidate("w-missed-too", 0.3, 0.85));
		try (org.neo4j.driver.Session session = this.neo4j.session()) {
			List<Object> nearest = session.run("WITH $byMeaning AS byMeaning, $byWords AS byWords\n"
					+ SearchQueries.MISSED_BY_MEANING + "RETURN nearest", Map.of("byMeaning", byMeaning, "byWords", byWords))
				.single().get("nearest").asList((row) -> List.of(row.get("n").get("id").asString(), row.get("score").asDouble()));
			// closer than the index's last: in by their closeness; farther, unembedded or already there: not again
			assertThat(nearest).containsExactly(List.of("a", 0.95), List.of("w-missed", 0.93), List.of("b", 0.90),
					List.of("w-missed-too", 0.85), List.of("c", 0.80));
		}
	}

	private static Map<String, Object> candidate(String id, double score, Double meaning) {
		Map<String, Object> candidate = new java.util.HashMap<>(Map.of("n", Map.of("id", id), "score", score, "embedded",
				meaning != null, "id", id));
		candidate.put("meaning", meaning);
		return candidate;
	}

	@Test
	void shouldFindTheEnergyStorageBaseForALithiumSafetyScaleUpAmongAllKinds() {
		List<String> ids = search("锂电池安全性放大验证", 3);
		assertThat(ids).contains("base-qingyuan-energy-storage");
	}

	@Test
	void shouldExpandTheAbbreviationOfTheChineseAcademyOfSciences() {
		List<Map<String, Object>> hits = tester().documentName("search").variable("text", "中科院").variable("first", 5)
			.execute().path("search[*].entity").entityList(Object.class).get().stream()
			.map((hit) -> (Map<String, Object>) hit)
			.toList();
		assertThat(hits.subList(0, 2)).allSatisfy((hit) -> assertThat((String) hit.get("name")).startsWith("中国科学院"));
		assertThat(hits).extracting((hit) -> hit.get("id")).contains("inst-cas-quanzhou-equipment", "inst-fjirsm");
	}

	@Test
	void shouldNarrowBatteryBasesToOperatingOnesInTheNewEnergyChain() {
		List<String> all = batteryBases().execute().path("search[*].entity.id").entityList(String.class).get();
		List<String> narrowed = batteryBases()
			.variable("status", List.of("OPERATING"))
			.variable("chainId", "chain-new-energy")
			.execute()
			.path("search[*].entity.status").entityList(String.class).satisfies((statuses) -> assertThat(statuses)
				.isNotEmpty().containsOnly("OPERATING"))
			.path("search[*].entity.id").entityList(String.class).get();
		// Operating new-energy bases in the seed: the 清源 energy-storage base and the 晋江 anode platform.
		assertThat(narrowed).containsExactlyInAnyOrder("base-qingyuan-energy-storage", "base-0013");
		assertThat(all).contains("base-0034").hasSizeGreaterThan(narrowed.size());
	}

	@Test
	void shouldAnswerTheContractBaseMatchesOperation() {
		String operation = ContractOperations.load("BaseMatches");
		tester().document(operation)
			.variable("resultId", "res-0250")
			.execute()
			.path("baseMatches[0].base.id").entity(String.class).isEqualTo("base-qingyuan-energy-storage")
			.path("baseMatches[0].base.status").entity(String.class).isEqualTo("OPERATING")
			.path("baseMatches[0].reasons").entityList(String.class).contains("覆盖该成果所属环节：电芯制造", "运行中且面向社会开放")
			.path("baseMatches").entityList(Object.class).hasSize(5)
			.path("baseMatches[*].score").entityList(Double.class).satisfies((scores) -> assertThat(scores)
				.isSortedAccordingTo((a, b) -> Double.compare(b, a)));
		tester().document(operation)
			.variable("resultId", "no-such-result")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("argument", "resultId")));
	}

	@Test
	void shouldOfferTheDyeingResultOnlyBasesOfItsFieldAndNameTheLinkOrChain() {
		List<Map<String, Object>> matches = tester().documentName("baseMatchReport")
			.variable("resultId", "res-waterless-dyeing")
			.variable("first", 10)
			.execute()
			.path("baseMatchReport.belowFloor").entity(Integer.class).satisfies((left) -> assertThat(left).isPositive())
			.path("baseMatchReport.matches").entityList(Map.class).get().stream()
			.map((match) -> (Map<String, Object>) match).toList();
		assertThat(matches).isNotEmpty().allSatisfy((match) -> {
			assertThat(((Number) match.get("score")).doubleValue()).isGreaterThanOrEqualTo(0.35);
			assertThat((List<String>) match.get("reasons")).anyMatch((reason) -> reason.startsWith("覆盖该成果所属环节：")
					|| reason.startsWith("同属") || reason.contains("语义相似度"));
		});
	}

	@Test
	void shouldExplainEveryHitOfAnEnglishSearch() {
		List<Map<String, Object>> hits = hits("searchExplained", "biomedicine pilot", 10);
		assertThat(hits).hasSize(10).allSatisfy((hit) -> {
			assertThat(((Number) hit.get("score")).doubleValue()).isBetween(0.0, 1.0);
			Map<String, Object> match = (Map<String, Object>) hit.get("match");
			assertThat((List<String>) match.get("methods")).isNotEmpty();
			if (match.get("field") != null) {
				assertThat((String) match.get("snippet")).contains("【");
			}
		});
	}

	@Test
	void shouldPutTheBaseOnTheSubjectsLinkFirstWhenAServiceIsAskedOfTheSubject() {
		// 光刻胶 is named by the 半导体材料与电子化学品 link and the photoresist results on it, not by the base.
		List<Map<String, Object>> hits = hits("searchExplained", "光刻胶 小批量试制", 5);
		Map<String, Object> first = hits.getFirst();
		assertThat(((Map<String, Object>) first.get("entity")).get("id")).isEqualTo("base-qingyuan-electronic-chemicals");
		assertThat((List<String>) ((Map<String, Object>) first.get("match")).get("methods")).contains("SUBJECT_LINK");
	}

	@Test
	void shouldRankTheSameWhetherOrNotTheRequestAsksHowHitsMatched() {
		// Without `match` the candidates are read without their descriptions, which only an explanation quotes.
		for (String text : List.of("锂电池安全性放大验证", "biomedicine pilot", "光刻胶 小批量试制", "中科院", "纺织 染整")) {
			List<Map<String, Object>> explained = hits("searchExplained", text, 10);
			List<Map<String, Object>> plain = hits("search", text, 10);
			assertThat(plain).extracting((hit) -> ((Map<String, Object>) hit.get("entity")).get("id"))
				.as(text).isNotEmpty()
				.containsExactlyElementsOf(explained.stream().map((hit) -> ((Map<String, Object>) hit.get("entity")).get("id")).toList());
			assertThat(plain).extracting((hit) -> hit.get("score"))
				.as(text).containsExactlyElementsOf(explained.stream().map((hit) -> hit.get("score")).toList());
		}
		// and an explanation still quotes a description where the words are found there
		assertThat(hits("searchExplained", "无水染色", 10))
			.anySatisfy((hit) -> assertThat(((Map<String, Object>) hit.get("match")).get("field")).isEqualTo("description"));
	}

	/** The hits of a search document, each as its JSON object. */
	private List<Map<String, Object>> hits(String document, String text, int first) {
		return tester().documentName(document).variable("text", text).variable("first", first).execute()
			.path("search").entityList(Map.class).get().stream().map((hit) -> (Map<String, Object>) hit).toList();
	}

	@Test
	void shouldRankAMisspeltFullNameAboveTheParentItContains() {
		List<String> ids = search("天津大学泉洲研究院", 3);
		assertThat(ids.getFirst()).isEqualTo("inst-tju-quanzhou");
		assertThat(ids).contains("inst-tju");
	}

	private GraphQlTester.Request<?> batteryBases() {
		return tester().documentName("search").variable("text", "电池中试").variable("kinds", List.of("TEST_BASE")).variable("first", 20);
	}

	private List<String> search(String text, int first) {
		return tester().documentName("search")
			.variable("text", text)
			.variable("first", first)
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.get();
	}

	/** Generous response time: the machine is shared and a query embeds its text first. */
	private GraphQlTester tester() {
		return this.graphQl.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

}
