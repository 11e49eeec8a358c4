package city.quanzhou.pilotgraph.coverage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.entity.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every coverage meaning pinned on {@link CoverageFixture}; the expected answers are worked out by hand
 * from the table in its javadoc.
 */
@Tag("integration")
class CoverageAnalyticsTests extends FixtureGraphTest {

	@BeforeEach
	void fixture() {
		replaceGraph(CoverageFixture.GRAPH);
	}

	// chainCoverage

	@Test
	void shouldCountCoveredLinksOnlyThroughOperatingBases() {
		var coverage = this.graphQl.documentName("chainCoverage").execute();
		// 新能源 < 空链 < 纺织 by code point. 电芯 has a planned and a suspended base, BMS one under construction:
		// neither counts, so 2 of 4 links are covered, by two distinct operating bases.
		coverage.path("chainCoverage[*].chain.id").entityList(String.class)
			.containsExactly("chain-energy", "chain-empty", "chain-textile");
		coverage.path("chainCoverage[0]").entity(Map.class).satisfies((energy) -> assertThat(energy)
			.containsEntry("linkCount", 4).containsEntry("coveredLinkCount", 2).containsEntry("coverageRatio", 0.5)
			.containsEntry("operatingBaseCount", 2));
		coverage.path("chainCoverage[2]").entity(Map.class).satisfies((textile) -> assertThat(textile)
			.containsEntry("linkCount", 1).containsEntry("coveredLinkCount", 1).containsEntry("coverageRatio", 1.0)
			.containsEntry("operatingBaseCount", 1).containsEntry("waitingResultCount", 1));
	}

	@Test
	void shouldGiveRatioZeroForAChainWithoutLinks() {
		this.graphQl.documentName("chainCoverage").variable("chainId", "chain-empty")
			.execute()
			.path("chainCoverage[0]").entity(Map.class)
			.isEqualTo(Map.of("chain", Map.of("id", "chain-empty"), "linkCount", 0, "coveredLinkCount", 0, "coverageRatio", 0.0,
					"operatingBaseCount", 0, "waitingResultCount", 0));
	}

	@Test
	void shouldCountAWaitingResultOnceEvenWhenItAppliesToTwoLinksOfTheChain() {
		// A实验室成果 applies to BMS and 电芯, C小试成果 to 正极 and 隔膜: 3 distinct waiting results, not 5;
		// D (no pilot needed), E (PILOT) and F (INDUSTRIAL) do not wait.
		this.graphQl.documentName("chainCoverage").variable("chainId", "chain-energy")
			.execute()
			.path("chainCoverage[0].waitingResultCount").entity(Integer.class).isEqualTo(3);
	}

	@Test
	void shouldCountOnlyPublicBasesWhenAsked() {
		this.graphQl.documentName("chainCoverage").variable("chainId", "chain-energy").variable("openToPublicOnly", true)
			.execute()
			.path("chainCoverage[0]").entity(Map.class)
			.satisfies((energy) -> assertThat(energy)
				.containsAllEntriesOf(Map.of("coveredLinkCount", 1, "coverageRatio", 0.25, "operatingBaseCount", 1)));
	}

	// coverageGaps

	@Test
	void shouldListUncoveredLinksFirstByWaitingResults() {
		var gaps = this.graphQl.documentName("coverageGaps").execute();
		gaps.path("coverageGaps[*].link.id").entityList(String.class).containsExactly("link-cell", "link-bms");
		gaps.path("coverageGaps[0].link.chain.id").entity(String.class).isEqualTo("chain-energy");
		gaps.path("coverageGaps[0].link.stage").entity(String.class).isEqualTo("MIDSTREAM");
		gaps.path("coverageGaps[0].waitingResults[*].id").entityList(String.class).containsExactly("res-lab1", "res-bench1");
		gaps.path("coverageGaps[0].enterprises[*].id").entityList(String.class).containsExactly("ent-x", "ent-y");
		gaps.path("coverageGaps[1].waitingResults[*].id").entityList(String.class).containsExactly("res-lab1");
	}

	@Test
	void shouldOfferPlannedAndUnderConstructionBasesButNotSuspendedOnes() {
		var gaps = this.graphQl.documentName("coverageGaps").execute();
		gaps.path("coverageGaps[0].plannedBases[*].id").entityList(String.class).containsExactly("base-planned");
		gaps.path("coverageGaps[1].plannedBases[*].id").entityList(String.class).containsExactly("base-building");
		gaps.path("coverageGaps[1].plannedBases[0].status").entity(String.class).isEqualTo("UNDER_CONSTRUCTION");
	}

	@Test
	void shouldTreatLinksCoveredOnlyElsewhereAsGapsOfADistrictNamedByName() {
		// In 晋江 only 晋江中试基地 operates (正极, 染整): 隔膜, covered from 泉港, becomes a gap; ties at one
		// waiting result go by name (BMS before 隔膜).
		this.graphQl.documentName("coverageGaps").variable("district", "晋江市").execute()
			.path("coverageGaps[*].link.id").entityList(String.class)
			.containsExactly("link-cell", "link-bms", "link-separator");
	}

	@Test
	void shouldAcceptADistrictCodeAndBreakTiesByLinkName() {
		// 泉港 (350505) has 丙泉港平台 only (隔膜). One waiting result each: BMS < 染整 < 正极 by code point.
		this.graphQl.documentName("coverageGaps").variable("district", "350505").execute()
			.path("coverageGaps[*].link.id").entityList(String.class)
			.containsExactly("link-cell", "link-bms", "link-dyeing", "link-cathode");
	}

	@Test
	void shouldNarrowGapsToAChainAndCutThemAtFirst() {
		this.graphQl.documentName("coverageGaps").variable("chainId", "chain-energy").variable("district", "350505").variable("first", 2)
			.execute()
			.path("coverageGaps[*].link.id").entityList(String.class).containsExactly("link-cell", "link-bms");
	}

	@Test
	void shouldRefuseAnUnknownDistrictNamingTheArgument() {
		expectRefusal(this.graphQl.documentName("coverageGaps").variable("district", "厦门市"), "district", "district: no district");
	}

	@Test
	void shouldRefuseAChainIdThatIsNoChain() {
		expectRefusal(this.graphQl.documentName("coverageGaps").variable("chainId", "chain-nope"), "chainId", "chainId: no entity");
		expectRefusal(this.graphQl.documentName("coverageGaps").variable("chainId", "link-cell"), "chainId", "chainId: link-cell is a CHAIN_LINK, not an INDUSTRY_CHAIN");
		expectRefusal(this.graphQl.documentName("chainCoverage").variable("chainId", "chain-nope"), "chainId", "chainId: no entity");
		expectRefusal(this.graphQl.documentName("chainCoverage").variable("chainId", "link-cell"), "chainId", "chainId: link-cell is a CHAIN_LINK, not an INDUSTRY_CHAIN");
	}

	@Test
	void shouldAnswerAChainWithoutGapsWithAnEmptyListNotAnError() {
		// the chain is checked only when the gap statement finds nothing: a real chain must pass that check
		this.graphQl.documentName("coverageGaps").variable("chainId", "chain-empty").execute()
			.path("coverageGaps").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldRefuseFirstOverTheCap() {
		expectRefusal(this.graphQl.documentName("coverageGaps").variable("first", 101), "first", "first: must be at most 100");
	}

	// districtCoverage

	@Test
	void shouldDescribeEachDistrictsBasesLinksAndWaitingResults() {
		var districts = this.graphQl.documentName("districtCoverage").execute();
		districts.path("districtCoverage[*].district.code").entityList(String.class)
			.containsExactly("350505", "350581", "350582");
		districts.path("districtCoverage[0].operatingBases[*].id").entityList(String.class).containsExactly("base-op2");
		districts.path("districtCoverage[0].plannedBases[*].id").entityList(String.class).containsExactly("base-planned");
		districts.path("districtCoverage[0].coveredLinks[*].id").entityList(String.class).containsExactly("link-separator");
		districts.path("districtCoverage[0].waitingResults[*].id").entityList(String.class).containsExactly("res-bench1", "res-dye");
		districts.path("districtCoverage[0].waitingResultsWithoutBase").entity(Integer.class).isEqualTo(1);
		districts.path("districtCoverage[1].operatingBases").entityList(Object.class).hasSize(0);
		districts.path("districtCoverage[1].waitingResults").entityList(Object.class).hasSize(0);
		districts.path("districtCoverage[1].waitingResultsWithoutBase").entity(Integer.class).isEqualTo(0);
		districts.path("districtCoverage[2].operatingBases[*].id").entityList(String.class).containsExactly("base-op");
		districts.path("districtCoverage[2].plannedBases[*].id").entityList(String.class).containsExactly("base-building");
		districts.path("districtCoverage[2].coveredLinks[*].id").entityList(String.class).containsExactly("link-dyeing", "link-cathode");
		// Owned by 甲研究院 (A; D needs no pilot, F is industrial) and by Y公司 (C).
		districts.path("districtCoverage[2].waitingResults[*].id").entityList(String.class).containsExactly("res-lab1", "res-bench2");
		districts.path("districtCoverage[2].waitingResultsWithoutBase").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void shouldListTheDistrictsWithoutAnOperatingBase() {
		this.graphQl.documentName("districtCoverage").variable("withoutOperatingBase", true)
			.execute()
			.path("districtCoverage[*].district.name").entityList(String.class).containsExactly("石狮市");
	}

	// waitingResults

	@Test
	void shouldListWaitingResultsOldestFirstWithTheBasesThatCouldTakeThem() {
		var waiting = this.graphQl.documentName("waitingResults").execute();
		waiting.path("waitingResults.totalCount").entity(Integer.class).isEqualTo(4);
		waiting.path("waitingResults.edges[*].node.result.id").entityList(String.class)
			.containsExactly("res-dye", "res-bench1", "res-lab1", "res-bench2");
		waiting.path("waitingResults.edges[0].node.candidateBases[*].id").entityList(String.class).containsExactly("base-op");
		waiting.path("waitingResults.edges[1].node.candidateBases").entityList(Object.class).hasSize(0);
		waiting.path("waitingResults.edges[2].node.links[*].id").entityList(String.class).containsExactly("link-bms", "link-cell");
		// 丙泉港平台 sorts before 晋江中试基地 by name, but the publicly open base comes first.
		waiting.path("waitingResults.edges[3].node.candidateBases[*].id").entityList(String.class)
			.containsExactly("base-op", "base-op2");
	}

	@Test
	void shouldFilterWaitingResults() {
		assertThat(waitingIds(Map.of("chainId", "chain-textile"))).containsExactly("res-dye");
		assertThat(waitingIds(Map.of("linkId", "link-cell"))).containsExactly("res-bench1", "res-lab1");
		assertThat(waitingIds(Map.of("district", "晋江市"))).containsExactly("res-lab1", "res-bench2");
		assertThat(waitingIds(Map.of("district", "350582", "ownerKind", "ENTERPRISE"))).containsExactly("res-bench2");
		assertThat(waitingIds(Map.of("ownerKind", "INSTITUTE"))).containsExactly("res-dye", "res-bench1", "res-lab1");
		assertThat(waitingIds(Map.of("maturity", List.of("BENCH")))).containsExactly("res-bench1", "res-bench2");
		assertThat(waitingIds(Map.of("hasCandidateBase", false))).containsExactly("res-bench1", "res-lab1");
		assertThat(waitingIds(Map.of("hasCandidateBase", true))).containsExactly("res-dye", "res-bench2");
	}

	@Test
	void shouldPageThroughWaitingResults() {
		var first = this.graphQl.documentName("waitingResults").variable("first", 3).execute();
		first.path("waitingResults.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("waitingResults.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.documentName("waitingResults").variable("first", 3).variable("after", cursor).execute()
			.path("waitingResults.edges[*].node.result.id").entityList(String.class).containsExactly("res-bench2");
	}

	@Test
	void shouldRefuseFiltersThatCannotMatchAWaitingResult() {
		expectRefusal(this.graphQl.documentName("waitingResults").variable("filter", Map.of("maturity", List.of("PILOT"))),
				"filter.maturity", "filter.maturity: a waiting result");
		expectRefusal(this.graphQl.documentName("waitingResults").variable("filter", Map.of("ownerKind", "TEST_BASE")),
				"filter.ownerKind", "filter.ownerKind:");
		expectRefusal(this.graphQl.documentName("waitingResults").variable("filter", Map.of("district", "nowhere")),
				"filter.district", "filter.district:");
	}

	// basePerformance

	@Test
	void shouldReportEachBasesYearsWithContractsThatFollowedAPilot() {
		List<Map<String, Object>> rows = performance(null, null);
		// 丙泉港平台 < 停用基地 < 晋江中试基地. 晋江中试基地 piloted F in 2021 (F's 2020 contract came before, its
		// 2022 contract after) and E in 2022 and 2023 (E's 2023 contract counts once). 丙泉港平台 piloted F only
		// in 2023, after both of F's contracts.
		assertThat(rows).containsExactly(
				row("base-op2", 2023, 1, 0, 0, 0, 0.0),
				row("base-susp", 2020, 1, 0, 0, 0, 0.0),
				row("base-op", 2021, 1, 0, 0, 0, 0.0),
				row("base-op", 2022, 1, 2, 4, 1, 100.0),
				row("base-op", 2023, 1, 1, 2, 1, 30.0));
	}

	@Test
	void shouldRankBaseYearsByContractAmount() {
		assertThat(performance(null, Map.of("field", "CONTRACT_AMOUNT", "direction", "DESC")))
			.extracting((row) -> row.get("base") + "@" + row.get("year"))
			.containsExactly("base-op@2022", "base-op@2023", "base-op2@2023", "base-susp@2020", "base-op@2021");
	}

	@Test
	void shouldNarrowPerformanceToABaseAndYears() {
		assertThat(performance(Map.of("baseId", "base-op", "fromYear", 2022), null))
			.extracting((row) -> row.get("year")).containsExactly(2022, 2023);
		assertThat(performance(Map.of("district", "泉港区"), null))
			.extracting((row) -> row.get("base")).containsExactly("base-op2", "base-susp");
	}

	// breakdown and turnover

	@Test
	void shouldCountBasesByDistrictAndStatus() {
		var breakdown = this.graphQl.documentName("breakdown").variable("kinds", List.of("TEST_BASE"))
			.variable("by", List.of("DISTRICT", "STATUS")).execute();
		breakdown.path("breakdown.total").entity(Integer.class).isEqualTo(5);
		assertThat(groups(breakdown)).containsExactly("350505/OPERATING=1", "350505/PLANNED=1", "350505/SUSPENDED=1",
				"350582/OPERATING=1", "350582/UNDER_CONSTRUCTION=1");
		breakdown.path("breakdown.groups[0].keys[0].label").entity(String.class).isEqualTo("泉港区");
	}

	@Test
	void shouldCountEveryKind() {
		var breakdown = this.graphQl.documentName("breakdown").variable("by", List.of("KIND")).execute();
		breakdown.path("breakdown.total").entity(Integer.class).isEqualTo(24);
		assertThat(groups(breakdown)).containsExactly("CHAIN_LINK=5", "ENTERPRISE=2", "INDUSTRY_CHAIN=3", "INSTITUTE=2",
				"RESULT=7", "TEST_BASE=5");
	}

	@Test
	void shouldCountResultsByMaturityByOwnersDistrictAndByYearWithAGroupForNone() {
		assertThat(groups(breakdown("RESULT", "MATURITY"))).containsExactly("BENCH=2", "INDUSTRIAL=1", "LAB=3", "PILOT=1");
		assertThat(groups(breakdown("RESULT", "DISTRICT"))).containsExactly("350505=3", "350582=4");
		assertThat(groups(breakdown("RESULT", "YEAR"))).containsExactly("2021=1", "2022=1", "2023=1", "2024=1", "null=3");
		assertThat(groups(breakdown("CHAIN_LINK", "STAGE"))).containsExactly("DOWNSTREAM=1", "MIDSTREAM=2", "UPSTREAM=2");
	}

	@Test
	void shouldCountABaseInEveryChainItCovers() {
		// 晋江中试基地 covers 正极 (新能源) and 染整 (纺织): 5 + 1 groups for 5 bases.
		var breakdown = breakdown("TEST_BASE", "CHAIN");
		breakdown.path("breakdown.total").entity(Integer.class).isEqualTo(5);
		assertThat(groups(breakdown)).containsExactly("chain-energy=5", "chain-textile=1");
	}

	@Test
	void shouldRefuseDimensionsThatDoNotFit() {
		expectRefusal(this.graphQl.documentName("breakdown").variable("kinds", List.of("TEST_BASE")).variable("by", List.of("MATURITY")),
				"by", "by: MATURITY does not apply");
		expectRefusal(this.graphQl.documentName("breakdown").variable("by", List.of("KIND", "DISTRICT", "STATUS")), "by", "by:");
		expectRefusal(this.graphQl.documentName("breakdown").variable("by", List.of("KIND", "KIND")), "by", "by:");
	}

	@Test
	void shouldSumContractTurnoverByYearWithGrowth() {
		var turnover = this.graphQl.documentName("contractTurnover").execute();
		turnover.path("contractTurnover[*].year").entityList(Integer.class).containsExactly(2020, 2021, 2022, 2023);
		turnover.path("contractTurnover[*].amount").entityList(Double.class).containsExactly(50.0, 40.0, 100.0, 30.0);
		turnover.path("contractTurnover[0].growth").valueIsNull();
		turnover.path("contractTurnover[1].growth").entity(Double.class).isEqualTo(-0.2);
		turnover.path("contractTurnover[2].growth").entity(Double.class).isEqualTo(1.5);
		turnover.path("contractTurnover[3].growth").entity(Double.class).isEqualTo(-0.7);
		// The first year asked for still gets its growth against the year before.
		this.graphQl.documentName("contractTurnover").variable("fromYear", 2022).variable("toYear", 2022).execute()
			.path("contractTurnover[0].growth").entity(Double.class).isEqualTo(1.5);
	}

	// ecosystemSummary

	@Test
	void shouldSummariseTheEcosystem() {
		var summary = this.graphQl.documentName("ecosystemSummary").execute();
		summary.path("ecosystemSummary.counts").entityList(Map.class).satisfies((counts) -> assertThat(counts)
			.as("one count per kind, policy records included")
			.hasSize(EntityKind.values().length)
			.contains(Map.of("kind", "TEST_BASE", "count", 5), Map.of("kind", "RESULT", "count", 7),
					Map.of("kind", "BROKER", "count", 0), Map.of("kind", "VOUCHER_GRANT", "count", 0)));
		summary.path("ecosystemSummary").entity(Map.class).satisfies((all) -> {
			assertThat(all).containsEntry("operatingBaseCount", 2).containsEntry("openToPublicRatio", 0.5)
				.containsEntry("plannedBaseCount", 2).containsEntry("linkCount", 5).containsEntry("coveredLinkCount", 3)
				.containsEntry("linkCoverageRatio", 0.6).containsEntry("waitingResultCount", 4)
				.containsEntry("waitingWithCandidateRatio", 0.5).containsEntry("districtCount", 3)
				.containsEntry("districtsWithOperatingBase", 2).containsEntry("pilotedResultCount", 3);
			// F and E were transferred after a pilot, B小试成果 (piloted by the suspended base) was not.
			assertThat((Double) all.get("pilotToContractRatio")).isCloseTo(2.0 / 3, within(1e-9));
		});
	}

	private GraphQlTester.Response breakdown(String kind, String dimension) {
		return this.graphQl.documentName("breakdown").variable("kinds", List.of(kind)).variable("by", List.of(dimension)).execute();
	}

	@SuppressWarnings("unchecked")
	private static List<String> groups(GraphQlTester.Response response) {
		return response.path("breakdown.groups").entityList(Map.class).get().stream().map((group) -> {
			List<Map<String, Object>> keys = (List<Map<String, Object>>) group.get("keys");
			return String.join("/", keys.stream().map((key) -> String.valueOf(key.get("value"))).toList()) + "="
					+ group.get("count");
		}).toList();
	}

	private List<String> waitingIds(Map<String, Object> filter) {
		return this.graphQl.documentName("waitingResults").variable("filter", filter).execute()
			.path("waitingResults.edges[*].node.result.id").entityList(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> performance(Map<String, Object> filter, Map<String, Object> orderBy) {
		List<Map<String, Object>> edges = this.graphQl.documentName("basePerformance").variable("filter", filter)
			.variable("orderBy", orderBy).execute()
			.path("basePerformance.edges[*].node").entityList(Map.class).get().stream()
			.map((node) -> (Map<String, Object>) node).toList();
		return edges.stream().map((node) -> {
			Map<String, Object> flat = new java.util.LinkedHashMap<>(node);
			flat.put("base", ((Map<String, Object>) node.get("base")).get("id"));
			return (Map<String, Object>) flat;
		}).toList();
	}

	private static Map<String, Object> row(String base, int year, int piloted, int served, int projects, int contracts,
			double amount) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("base", base);
		row.put("year", year);
		row.put("resultsPiloted", piloted);
		row.put("enterprisesServed", served);
		row.put("serviceProjects", projects);
		row.put("contractsAfterPilot", contracts);
		row.put("contractAmountAfterPilot", amount);
		return row;
	}

	private static void expectRefusal(GraphQlTester.Request<?> request, String argument, String messageStart) {
		request.execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getMessage()).startsWith(messageStart);
			assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.getFirst().getExtensions()).containsEntry("argument", argument);
		});
	}

}
