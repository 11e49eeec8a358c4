package city.quanzhou.pilotgraph.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.ContractOperations;
import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard's ChainCoverage and the planners' CoverageGaps, unchanged from the client contract, on the
 * seed data. Expected answers come from Cypher written independently of the service's (grouping instead
 * of subqueries) and from the deliberate gaps listed in seed-data/README.md.
 */
class CoverageContractTests extends SeededGraphTest {

	/** seed-data/README.md, "Deliberate gaps": links no operating base covers. */
	private static final Set<String> DELIBERATE_GAPS = Set.of(
			// no covering base at all
			"link-ne-separator", "link-ne-recycling", "link-ic-wafer", "link-ph-chips", "link-bm-biologics",
			"link-se-maintenance", "link-tx-recycling",
			// covered only by PLANNED or UNDER_CONSTRUCTION bases
			"link-ne-bms", "link-se-components", "link-ic-compound", "link-nm-ceramic", "link-bm-device",
			// covered only by a SUSPENDED base
			"link-bd-sanitary");


	@Test
	void shouldAnswerChainCoverageAsIndependentCypherCountsIt() {
		List<Map<String, Object>> rows = castList(this.graphQl.document(ContractOperations.load("ChainCoverage")).execute()
			.path("chainCoverage").entityList(Map.class).get());
		Map<String, Record> expected = new HashMap<>();
		for (Record row : query("""
				MATCH (c:IndustryChain)
				OPTIONAL MATCH (c)<-[:PART_OF]-(l:ChainLink)
				OPTIONAL MATCH (l)<-[:COVERS]-(b:TestBase) WHERE b.status = 'OPERATING'
				WITH c, l, count(b) AS bases
				WITH c, count(l) AS links, sum(CASE WHEN bases > 0 THEN 1 ELSE 0 END) AS covered
				OPTIONAL MATCH (c)<-[:PART_OF]-(:ChainLink)<-[:COVERS]-(b:TestBase) WHERE b.status = 'OPERATING'
				WITH c, links, covered, count(DISTINCT b) AS bases
				OPTIONAL MATCH (c)<-[:PART_OF]-(:ChainLink)<-[:APPLIES_TO]-(r:Result)
				WHERE r.needsPilot AND r.maturity IN ['LAB', 'BENCH']
				RETURN c.id AS id, links, covered, bases, count(DISTINCT r) AS waiting
				""")) {
			expected.put(row.get("id").asString(), row);
		}
		assertThat(rows).hasSize(expected.size()).hasSize(10);
		for (Map<String, Object> row : rows) {
			String id = (String) ((Map<?, ?>) row.get("chain")).get("id");
			Record want = expected.get(id);
			assertThat(row.get("linkCount")).as(id).isEqualTo(want.get("links").asInt());
			assertThat(row.get("coveredLinkCount")).as(id).isEqualTo(want.get("covered").asInt());
			assertThat(row.get("operatingBaseCount")).as(id).isEqualTo(want.get("bases").asInt());
			assertThat(row.get("waitingResultCount")).as(id).isEqualTo(want.get("waiting").asInt());
			assertThat((Double) row.get("coverageRatio")).as(id)
				.isCloseTo((double) want.get("covered").asInt() / want.get("links").asInt(), within(1e-9));
			// README: every chain has at least one link covered by an operating, publicly open base.
			assertThat((Integer) row.get("coveredLinkCount")).as(id).isPositive();
		}
	}

	@Test
	void shouldListExactlyTheDeliberateGapsCityWide() {
		List<Map<String, Object>> gaps = gaps(Map.of());
		assertThat(gaps).extracting((gap) -> linkId(gap)).containsExactlyInAnyOrderElementsOf(DELIBERATE_GAPS);
		// Links covered only by operating bases closed to the public are still covered.
		assertThat(gaps).extracting((gap) -> linkId(gap)).doesNotContain("link-pc-aromatics", "link-ph-laser");
		assertOrderedByWaitingResultsThenName(gaps);
		for (Map<String, Object> gap : gaps) {
			// README: each link without any base has at least three waiting results.
			if (!Set.of("link-ne-bms", "link-se-components", "link-ic-compound", "link-nm-ceramic", "link-bm-device",
					"link-bd-sanitary").contains(linkId(gap))) {
				assertThat((List<?>) gap.get("waitingResults")).as(linkId(gap)).hasSizeGreaterThanOrEqualTo(3);
			}
			// the lists are bounded now: without a `first` the operation gets the first 10, in title or name order
			assertThat(ids(gap, "waitingResults")).as(linkId(gap)).containsExactlyElementsOf(firstTen(strings("""
					MATCH (:ChainLink {id: $id})<-[:APPLIES_TO]-(r:Result)
					WHERE r.needsPilot AND r.maturity IN ['LAB', 'BENCH'] WITH DISTINCT r RETURN r.id ORDER BY r.name, r.id
					""", linkId(gap))));
			assertThat(ids(gap, "enterprises")).as(linkId(gap)).containsExactlyElementsOf(firstTen(strings(
					"MATCH (:ChainLink {id: $id})<-[:ACTIVE_IN]-(e:Enterprise) WITH DISTINCT e RETURN e.id ORDER BY e.name, e.id",
					linkId(gap))));
		}
	}

	@Test
	void shouldOfferThePlannedBasesOfAGapButNotASuspendedOne() {
		Map<String, Map<String, Object>> byLink = gaps(Map.of()).stream()
			.collect(Collectors.toMap(CoverageContractTests::linkId, (gap) -> gap));
		assertThat(ids(byLink.get("link-ne-bms"), "plannedBases")).containsExactlyInAnyOrder("base-hit-quanzhou-pilot", "base-0034");
		assertThat(ids(byLink.get("link-bm-device"), "plannedBases")).containsExactly("base-0032");
		assertThat(ids(byLink.get("link-bd-sanitary"), "plannedBases")).isEmpty();
		assertThat(ids(byLink.get("link-ne-separator"), "plannedBases")).isEmpty();
	}

	@Test
	void shouldNameTheNewEnergyGapsOfTheSeedReadme() {
		assertThat(gaps(Map.of("chainId", "chain-new-energy"))).extracting((gap) -> linkId(gap))
			.containsExactlyInAnyOrder("link-ne-separator", "link-ne-recycling", "link-ne-bms");
	}

	@Test
	void shouldAnswerTheSameForADistrictsCodeAndName() {
		for (Map<String, Object> district : castList(this.graphQl.documentName("districts").execute()
			.path("districts").entityList(Map.class).get())) {
			List<String> byCode = gaps(Map.of("district", district.get("code"), "first", 100)).stream()
				.map(CoverageContractTests::linkId).toList();
			List<String> byName = gaps(Map.of("district", district.get("name"), "first", 100)).stream()
				.map(CoverageContractTests::linkId).toList();
			assertThat(byName).as((String) district.get("name")).isEqualTo(byCode);
			assertThat(byCode).as((String) district.get("name")).containsExactlyInAnyOrderElementsOf(strings("""
					MATCH (l:ChainLink)
					WHERE NOT EXISTS {
					  MATCH (l)<-[:COVERS]-(b:TestBase)-[:LOCATED_IN]->(:District {code: $id}) WHERE b.status = 'OPERATING'
					}
					RETURN l.id
					""", (String) district.get("code")));
		}
	}

	@Test
	void shouldMakeEveryLinkAGapOfADistrictWithoutOperatingBase() {
		// README: 安溪县 has only a base under construction.
		assertThat(gaps(Map.of("district", "安溪县", "first", 100)))
			.hasSize((int) number("MATCH (l:ChainLink) RETURN count(l)"));
	}

	@Test
	void shouldCapGapsAtFirst() {
		assertThat(gaps(Map.of("district", "350524", "first", 5))).hasSize(5);
		this.graphQl.document(ContractOperations.load("CoverageGaps")).variable("first", 1000).execute().errors()
			.satisfy((errors) -> assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "first"));
	}

	@Test
	void shouldReproduceTheDocumentsTurnoverTrend() {
		List<Map<String, Object>> years = castList(this.graphQl.documentName("contractTurnover")
			.execute().path("contractTurnover").entityList(Map.class).get());
		Map<Integer, Map<String, Object>> byYear = years.stream()
			.collect(Collectors.toMap((year) -> (Integer) year.get("year"), (year) -> year));
		// 4.07 亿 in 2020, over 10 亿 in 2022 (+62%); amounts are in 万元.
		assertThat((Double) byYear.get(2020).get("amount")).isEqualTo(40700.0);
		assertThat((Double) byYear.get(2022).get("amount")).isGreaterThan(100000.0);
		assertThat((Double) byYear.get(2022).get("growth")).isCloseTo(0.62, within(0.01));
		assertThat(years.stream().mapToDouble((year) -> (Double) year.get("amount")).sum())
			.isCloseTo(number("MATCH ()-[t:TRANSFERRED_TO]->() RETURN sum(t.amount)"), within(1e-6));
	}

	@Test
	void shouldCountContractsAfterPilotsAsIndependentCypherDoes() {
		List<Map<String, Object>> rows = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			var page = this.graphQl.documentName("basePerformance").variable("after", after).execute();
			rows.addAll(castList(page.path("basePerformance.edges[*].node").entityList(Map.class).get()));
			hasNext = page.path("basePerformance.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("basePerformance.pageInfo.endCursor").entity(String.class).get();
		}
		long contracts = rows.stream().mapToLong((row) -> (Integer) row.get("contractsAfterPilot")).sum();
		long piloted = rows.stream().mapToLong((row) -> (Integer) row.get("resultsPiloted")).sum();
		assertThat(contracts).isEqualTo((long) number("""
				MATCH (b:TestBase)-[p:PILOTED]->(r:Result)-[t:TRANSFERRED_TO]->()
				WHERE t.year >= p.year
				WITH DISTINCT b, t
				RETURN count(*)
				"""));
		assertThat(piloted).isEqualTo((long) number("""
				MATCH (b:TestBase)-[p:PILOTED]->(r:Result)
				WITH DISTINCT b, p.year AS year, r
				RETURN count(*)
				"""));
	}

	@Test
	void shouldCountBasesByDistrictAndStatusAsTheDataHoldsThem() {
		List<Map<String, Object>> groups = castList(this.graphQl.documentName("breakdown").variable("kinds", List.of("TEST_BASE"))
			.variable("by", List.of("DISTRICT", "STATUS")).execute().path("breakdown.groups").entityList(Map.class).get());
		Map<String, Integer> actual = new HashMap<>();
		for (Map<String, Object> group : groups) {
			List<Map<String, Object>> keys = castList((List<?>) group.get("keys"));
			actual.put(keys.get(0).get("value") + "/" + keys.get(1).get("value"), (Integer) group.get("count"));
		}
		Map<String, Integer> expected = new HashMap<>();
		for (Record row : query("""
				MATCH (b:TestBase) OPTIONAL MATCH (b)-[:LOCATED_IN]->(d:District)
				RETURN coalesce(d.code, 'null') + '/' + b.status AS key, count(b) AS count
				""")) {
			expected.put(row.get("key").asString(), row.get("count").asInt());
		}
		assertThat(actual).isEqualTo(expected);
		assertThat(actual.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(42);
	}

	@Test
	void shouldSummariseTheSeedData() {
		Map<String, Object> summary = castMap(this.graphQl.documentName("ecosystemSummary").execute().path("ecosystemSummary").entity(Map.class).get());
		// seed-data/README.md: 42 bases (30 operating, 11 planned or under construction), 64 links, 12 districts
		// of which 4 have no operating base.
		assertThat(summary).containsEntry("operatingBaseCount", 30).containsEntry("plannedBaseCount", 11)
			.containsEntry("linkCount", 64).containsEntry("coveredLinkCount", 64 - DELIBERATE_GAPS.size())
			.containsEntry("districtCount", 12).containsEntry("districtsWithOperatingBase", 8);
		assertThat(castList((List<?>) summary.get("counts"))).contains(Map.of("kind", "RESULT", "count", 514),
				Map.of("kind", "ENTERPRISE", "count", 323));
		List<String> without = this.graphQl.documentName("districtCoverage").variable("withoutOperatingBase", true)
			.execute().path("districtCoverage[*].district.code").entityList(String.class).get();
		assertThat(without).containsExactly("350524", "350525", "350526", "350527");
	}

	@Test
	void shouldCountEverythingButListOnlyTheFirstOfAGapInV2() {
		List<Map<String, Object>> gaps = castList(this.graphQl.document(ContractOperations.loadNext("CoverageGaps"))
			.execute().path("coverageGaps").entityList(Map.class).get());
		assertThat(gaps).extracting((gap) -> linkId(gap)).containsExactlyInAnyOrderElementsOf(DELIBERATE_GAPS);
		for (int i = 0; i < gaps.size(); i++) {
			Map<String, Object> gap = gaps.get(i);
			List<String> waiting = strings("""
					MATCH (:ChainLink {id: $id})<-[:APPLIES_TO]-(r:Result)
					WHERE r.needsPilot AND r.maturity IN ['LAB', 'BENCH']
					WITH DISTINCT r RETURN r.id ORDER BY r.name, r.id
					""", linkId(gap));
			List<String> enterprises = strings("""
					MATCH (:ChainLink {id: $id})<-[:ACTIVE_IN]-(e:Enterprise)
					WITH DISTINCT e RETURN e.id ORDER BY e.name, e.id
					""", linkId(gap));
			assertThat(gap.get("waitingResultCount")).as(linkId(gap)).isEqualTo(waiting.size());
			assertThat(gap.get("enterpriseCount")).as(linkId(gap)).isEqualTo(enterprises.size());
			// the operation asks for the first 5 of each list, in the order of the whole list
			assertThat(ids(gap, "waitingResults")).as(linkId(gap)).isEqualTo(waiting.subList(0, Math.min(5, waiting.size())));
			assertThat(ids(gap, "enterprises")).as(linkId(gap))
				.isEqualTo(enterprises.subList(0, Math.min(5, enterprises.size())));
			if (i > 0) {
				Map<String, Object> previous = gaps.get(i - 1);
				int before = (Integer) previous.get("waitingResultCount");
				int after = (Integer) gap.get("waitingResultCount");
				assertThat(before).isGreaterThanOrEqualTo(after);
				if (before == after) {
					assertThat(((String) castMap(previous.get("link")).get("name"))
						.compareTo((String) castMap(gap.get("link")).get("name"))).isLessThanOrEqualTo(0);
				}
			}
		}
	}

	@Test
	void shouldGiveEachAliasOfAGapListItsOwnFirst() {
		List<Map<String, Object>> gaps = castList(this.graphQl.documentName("coverageGapsWaitingResultPages")
			.execute().path("coverageGaps").entityList(Map.class).get());
		assertThat(gaps).hasSize(3);
		for (Map<String, Object> gap : gaps) {
			List<String> all = ids(gap, "all");
			assertThat(all).hasSize(Math.min(10, (Integer) gap.get("waitingResultCount")));
			assertThat(ids(gap, "one")).isEqualTo(all.subList(0, 1));
			assertThat(ids(gap, "three")).isEqualTo(all.subList(0, Math.min(3, all.size())));
		}
	}

	@Test
	void shouldRefuseAGapListLongerThanTheCap() {
		this.graphQl.documentName("coverageGapsEnterprises").variable("enterprises", 101).execute().errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).contains("first").contains("100");
				assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "first");
			});
	}

	private List<Map<String, Object>> gaps(Map<String, Object> variables) {
		var request = this.graphQl.document(ContractOperations.load("CoverageGaps"));
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return castList(request.execute().path("coverageGaps").entityList(Map.class).get());
	}

	private static void assertOrderedByWaitingResultsThenName(List<Map<String, Object>> gaps) {
		for (int i = 1; i < gaps.size(); i++) {
			int before = ((List<?>) gaps.get(i - 1).get("waitingResults")).size();
			int after = ((List<?>) gaps.get(i).get("waitingResults")).size();
			assertThat(before).isGreaterThanOrEqualTo(after);
			if (before == after) {
				String previous = (String) castMap(gaps.get(i - 1).get("link")).get("name");
				String next = (String) castMap(gaps.get(i).get("link")).get("name");
				assertThat(previous.compareTo(next)).as(previous + " before " + next).isLessThanOrEqualTo(0);
			}
		}
	}

	private static List<String> firstTen(List<String> ids) {
		return ids.subList(0, Math.min(10, ids.size()));
	}

	private static String linkId(Map<String, Object> gap) {
		return (String) castMap(gap.get("link")).get("id");
	}

	private static List<String> ids(Map<String, Object> gap, String field) {
		return castList((List<?>) gap.get(field)).stream().map((entity) -> (String) entity.get("id")).toList();
	}

	private List<Record> query(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list());
		}
	}

	private List<String> strings(String cypher, String id) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> new ArrayList<>(tx.run(cypher, Map.of("id", id)).list((row) -> row.get(0).asString())));
		}
	}

	private double number(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asDouble());
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> castList(List<?> list) {
		return (List<Map<String, Object>>) list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object map) {
		return (Map<String, Object>) map;
	}

}
