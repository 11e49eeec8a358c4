package city.quanzhou.pilotgraph.matching;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.search.SearchFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching over the hand-built fixture, where the right answers follow from the facts: the energy-storage
 * base covers the solid-electrolyte result's link, offers pilot maturation for a BENCH result, operates,
 * is open, sits in the owner's district and is run by the owner.
 */
// embeds its fixture with the model before every test: too slow for the fast loop
@Tag("integration")
@SuppressWarnings("unchecked")
class MatchingTests extends FixtureGraphTest {

	@BeforeEach
	void fixture() {
		replaceGraph(SearchFixture.GRAPH);
		embedGraph();
	}

	@Test
	void shouldRankTheCoveringOperatingBaseFirstWithReasons() {
		List<Map<String, Object>> matches = tester().documentName("baseMatches").variable("resultId", "res-solid-electrolyte").variable("first", 5).execute().path("baseMatches").entityList(Object.class).get().stream()
			.map((match) -> (Map<String, Object>) match)
			.toList();
		// the dyeing base covers nothing of the battery's chain and is not close in meaning: not offered
		assertThat(matches).extracting((match) -> idOf(match, "base"))
			.containsExactly("base-qingyuan-energy-storage", "base-planned-battery");
		assertThat((List<String>) matches.getFirst().get("reasons")).contains("覆盖该成果所属环节：电芯制造",
				"提供中试熟化服务，适合小试阶段成果", "运行中且面向社会开放", "与成果持有单位同在泉港区",
				"由成果持有单位清源创新实验室参与运营");
		assertThat((List<String>) matches.get(1).get("reasons")).contains("规划中，尚未建成");
	}

	@Test
	void shouldDropBasesBelowTheFloorAndSayWhenNothingFits() {
		tester().documentName("baseMatchReport").variable("resultId", "res-solid-electrolyte").variable("first", 100)
			.execute()
			.path("baseMatchReport.floor").entity(Double.class).isEqualTo(MatchingService.BASE_FLOOR)
			.path("baseMatchReport.matches[*].score").entityList(Double.class)
			.satisfies((scores) -> assertThat(scores).isNotEmpty().allMatch((score) -> score >= MatchingService.BASE_FLOOR))
			.path("baseMatchReport.matches[*].base.id").entityList(String.class).doesNotContain("base-waterless-dyeing")
			.path("baseMatchReport.belowFloor").entity(Integer.class).isEqualTo(1)
			.path("baseMatchReport.note").valueIsNull();
		// a result of a chain no base covers, far from every base in meaning
		try (var session = this.driver.session()) {
			session.run("""
					CREATE (:Entity:Result {id: 'res-tea', name: '乌龙茶发酵香气调控', aliases: [], source: 'SYNTHETIC', version: 1,
					  maturity: 'LAB', needsPilot: true})""").consume();
		}
		tester().documentName("baseMatchReport").variable("resultId", "res-tea").execute()
			.path("baseMatchReport.matches").entityList(Object.class).hasSize(0)
			.path("baseMatchReport.belowFloor").entity(Integer.class).isEqualTo(3)
			.path("baseMatchReport.note").entity(String.class).satisfies((note) -> assertThat(note).startsWith("没有合适的中试基地"));
		tester().documentName("baseMatches").variable("resultId", "res-tea").execute()
			.path("baseMatches").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldLeaveSuspendedBasesOut() {
		tester().documentName("baseMatches").variable("resultId", "res-solid-electrolyte").variable("first", 100)
			.execute()
			.path("baseMatches[*].base.id")
			.entityList(String.class)
			.doesNotContain("base-suspended-battery");
	}

	@Test
	void shouldRejectAnUnknownResultNamingTheArgument() {
		tester().documentName("baseMatches").variable("resultId", "res-nowhere")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("argument", "resultId");
				assertThat(error.getMessage()).contains("res-nowhere");
			}));
	}

	@Test
	void shouldDigestOnlyNewWaitingResultsInTheBasesField() {
		tester().documentName("baseDigest").variable("baseId", "base-qingyuan-energy-storage").variable("since", "2024-01-01")
			.execute()
			.path("baseDigest[*].result.id")
			.entityList(String.class)
			// The cathode result is older than the date, the safety result is not waiting (PILOT, no pilot
			// needed) and the dyeing result is outside the base's field.
			.containsExactly("res-solid-electrolyte");
		tester().documentName("baseDigest").variable("baseId", "base-nowhere").variable("since", "2024-01-01")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("argument", "baseId")));
	}

	@Test
	void shouldFindSolversOfADemandInAndOutsideTheCity() {
		List<Map<String, Object>> solvers = tester().documentName("demandSolvers").variable("demandId", "demand-battery-safety").variable("first", 10).execute().path("demandSolvers").entityList(Object.class).get().stream()
			.map((match) -> (Map<String, Object>) match)
			.toList();
		assertThat(solvers).extracting((match) -> idOf(match, "solver"))
			.contains("res-outside-safety", "res-solid-electrolyte", "inst-outside-battery", "inst-qingyuan-lab")
			.doesNotContain("res-waterless-dyeing");
		Map<String, Object> outside = solvers.stream()
			.filter((match) -> "inst-outside-battery".equals(((Map<?, ?>) match.get("solver")).get("id")))
			.findFirst()
			.orElseThrow();
		assertThat((List<String>) outside.get("reasons")).contains("有1项成果应用于该需求所在环节：电芯制造", "市外院所，可跨区域揭榜");
		tester().documentName("demandSolvers").variable("demandId", "demand-nowhere")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("argument", "demandId")));
	}

	private static String idOf(Map<String, Object> match, String field) {
		return (String) ((Map<?, ?>) match.get(field)).get("id");
	}

	private GraphQlTester tester() {
		return this.graphQl.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

}
