package city.quanzhou.pilotgraph.path;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import city.quanzhou.pilotgraph.ContractOperations;
import city.quanzhou.pilotgraph.SeededGraphTest;
import city.quanzhou.pilotgraph.entity.Relation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path searches on the Quanzhou seed data, with the contract's own operations. Expected distances come
 * from Cypher's classic {@code shortestPath} over the same ties, run directly against the database, so the
 * test checks the service against an independent search rather than against itself.
 */
class SeededPathTests extends SeededGraphTest {

	/** 超临界二氧化碳无水染色, owned by 中纺协石狮研究院 (中纺学石狮产业研究院) in 石狮. */
	static final String DYEING_RESULT = "res-waterless-dyeing";

	static final String TJU_INSTITUTE = "inst-tju-quanzhou";

	@Autowired
	Driver neo4j;

	/**
	 * The tester waits 5 s by default, the service's own time limit for a search. A search that the service
	 * ends at its limit must arrive as an error, not as a tester time-out, so the tester waits longer.
	 */
	GraphQlTester patient() {
		return this.graphQl.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void shouldFindPathsFromTheDyeingResultToATextileEnterprise() {
		assertThat(scalar("MATCH (:Result {id: $id})-[:OWNED_BY]->(i) RETURN i.name", Map.of("id", DYEING_RESULT)))
			.isEqualTo("中纺协石狮研究院");
		String enterprise = "ent-0073";
		assertThat(scalar("""
				MATCH (e:Enterprise {id: $id})-[:ACTIVE_IN]->(:ChainLink)-[:PART_OF]->(c:IndustryChain)
				RETURN collect(DISTINCT c.id) AS chains""", Map.of("id", enterprise)).toString()).contains("chain-textile");
		var response = patient().document(ContractOperations.load("PartnerPaths"))
			.variable("from", DYEING_RESULT)
			.variable("to", enterprise)
			.execute();
		List<Map<String, Object>> paths = maps(response, "partnerPaths");
		assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(((Number) paths.getFirst().get("hops")).intValue()).isEqualTo(distance(DYEING_RESULT, enterprise, 4));
		paths.forEach((path) -> assertRealSimplePath(path, DYEING_RESULT, enterprise, 4));
		assertThat(paths).map((path) -> ((Number) path.get("hops")).intValue()).isSorted();
	}

	@Test
	void shouldListBrokersWhoCanBridgeTheTianjinUniversityInstituteAndAnEnterprise() {
		String enterprise = "ent-sinochem-quanzhou";
		var response = patient().document(ContractOperations.load("BridgingBrokers"))
			.variable("a", TJU_INSTITUTE)
			.variable("b", enterprise)
			.execute();
		List<Map<String, Object>> brokers = maps(response, "bridgingBrokers");
		assertThat(brokers).isNotEmpty();
		int previous = 0;
		for (Map<String, Object> row : brokers) {
			@SuppressWarnings("unchecked")
			String broker = (String) ((Map<String, Object>) row.get("broker")).get("id");
			int toA = ((Number) row.get("hopsToA")).intValue();
			int toB = ((Number) row.get("hopsToB")).intValue();
			assertThat(toA).isEqualTo(distance(TJU_INSTITUTE, broker, 3));
			assertThat(toB).isEqualTo(distance(enterprise, broker, 3));
			assertThat(toA + toB).isGreaterThanOrEqualTo(previous);
			previous = toA + toB;
		}
		long brokersNearBoth = ((Number) scalar("""
				MATCH (k:Broker)
				WHERE EXISTS { MATCH p = shortestPath((a:Entity {id: $a})-[:%1$s*..3]-(k)) WHERE none(n IN nodes(p)[1..-1] WHERE n:ChainLink) }
				  AND EXISTS { MATCH q = shortestPath((b:Entity {id: $b})-[:%1$s*..3]-(k)) WHERE none(n IN nodes(q)[1..-1] WHERE n:ChainLink) }
				RETURN count(k)""".formatted(RealTies.PATTERN), Map.of("a", TJU_INSTITUTE, "b", enterprise))).longValue();
		assertThat(brokers).hasSize((int) Math.min(brokersNearBoth, 20));
	}

	@Test
	void shouldLeaveTheDyeingResultsLicenseesOutOfItsProspectsUnlessAsked() {
		@SuppressWarnings("unchecked")
		List<String> licensees = (List<String>) scalar(
				"MATCH (:Result {id: $id})-[:TRANSFERRED_TO]->(e) RETURN collect(e.id)", Map.of("id", DYEING_RESULT));
		assertThat(licensees).hasSize(3);

		List<Map<String, Object>> prospects = maps(
				patient().documentName("reachableEnterprises").variable("resultId", DYEING_RESULT).execute(),
				"reachableEnterprises");
		assertThat(prospects).hasSize(10);
		assertThat(prospects).map(SeededPathTests::enterpriseId).doesNotContainAnyElementsOf(licensees);
		assertThat(prospects).allSatisfy((row) -> {
			assertThat(row.get("existing")).isEqualTo(false);
			assertThat(row.get("existingTies")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
			assertThat((String) row.get("reason")).contains("跳").contains("路径强度");
		});
		assertThat(prospects).map((row) -> ((Number) row.get("hops")).intValue()).isSorted();

		List<Map<String, Object>> all = maps(patient().documentName("reachableEnterprises")
			.variable("resultId", DYEING_RESULT)
			.variable("includeExisting", true)
			.execute(), "reachableEnterprises");
		// the three technology contracts of the result are one hop away, so they come first, marked
		assertThat(all.subList(0, 3)).map(SeededPathTests::enterpriseId).containsExactlyInAnyOrderElementsOf(licensees);
		assertThat(all.subList(0, 3)).allSatisfy((row) -> {
			assertThat(((Number) row.get("hops")).intValue()).isEqualTo(1);
			assertThat(row.get("existing")).isEqualTo(true);
			assertThat(row.get("existingTies")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.contains("TRANSFERRED_TO");
			assertThat((String) row.get("reason")).contains("已签该成果的技术合同");
		});
	}

	/**
	 * A request for the length of one path alone runs the short statement (one shortest path, its length), and
	 * answers as the full search does: for every result of the seed graph against enterprises near and far
	 * (reachable within the bound and not), without options and with each option.
	 */
	@Test
	void shouldAnswerTheLengthOfTheShortestPathAloneAsTheFullSearchDoes() {
		List<Map<String, Object>> pairs = this.neo4j.executableQuery("""
				MATCH (r:Result) WITH r ORDER BY r.id LIMIT 8
				MATCH (e:Enterprise) WITH r, e ORDER BY e.id
				WITH r, collect(e.id) AS enterprises
				RETURN r.id AS from, enterprises[0] AS near, enterprises[size(enterprises) / 2] AS middle""")
			.execute()
			.records()
			.stream()
			.flatMap((row) -> java.util.stream.Stream.of(
					Map.<String, Object>of("from", row.get("from").asString(), "to", row.get("near").asString()),
					Map.<String, Object>of("from", row.get("from").asString(), "to", row.get("middle").asString())))
			.toList();
		List<Map<String, Object>> options = List.of(Map.of(), Map.of("through", "BROKER"), Map.of("through", "TEST_BASE"),
				Map.of("operatingBasesOnly", true), Map.of("avoid", List.of(TJU_INSTITUTE)));
		var counter = new city.quanzhou.pilotgraph.StatementCounter(this.neo4j);
		int found = 0;
		for (Map<String, Object> pair : pairs) {
			for (Map<String, Object> option : options) {
				for (int maxHops : new int[] { 2, 4 }) {
					List<Object> full = patient().documentName("partnerPathsWithOptions")
						.variable("from", pair.get("from")).variable("to", pair.get("to"))
						.variable("maxHops", maxHops).variable("first", 1).variable("options", option)
						.execute()
						.path("partnerPaths[*].hops").entityList(Object.class).get();
					List<String> statements = counter.statements(() -> {
						List<Object> lengthOnly = patient().documentName("shortestPartnerPathLength")
							.variable("from", pair.get("from")).variable("to", pair.get("to"))
							.variable("maxHops", maxHops).variable("options", option)
							.execute()
							.path("partnerPaths[*].hops").entityList(Object.class).get();
						assertThat(lengthOnly).as("%s within %d hops with %s", pair, maxHops, option).isEqualTo(full);
					});
					// breadth-first shortestPath() unless a kind is required on the way
					String shortStatement = PathQueries.shortestLength(maxHops, option.containsKey("through"));
					if (!full.isEmpty()) {
						found++;
						assertThat(statements).containsExactly(shortStatement);
					}
					else {
						// no path: the ends are looked up to tell an unknown id from parties without a path
						assertThat(statements).hasSize(2).contains(shortStatement);
					}
				}
			}
		}
		// the pairs must exercise both answers: some paths found, some not
		assertThat(found).isBetween(10, pairs.size() * options.size() * 2 - 10);
	}

	@SuppressWarnings("unchecked")
	private static String enterpriseId(Map<String, Object> row) {
		return (String) ((Map<String, Object>) row.get("enterprise")).get("id");
	}

	private void assertRealSimplePath(Map<String, Object> path, String from, String to, int maxHops) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> relationships = (List<Map<String, Object>>) path.get("relationships");
		List<String> ids = nodes.stream().map((node) -> (String) node.get("id")).toList();
		assertThat(ids.getFirst()).isEqualTo(from);
		assertThat(ids.getLast()).isEqualTo(to);
		assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
		assertThat(relationships).hasSize(ids.size() - 1).hasSizeLessThanOrEqualTo(maxHops);
		assertThat(ids.subList(1, ids.size() - 1)).noneMatch((id) -> id.startsWith("link-"));
		for (int i = 0; i < relationships.size(); i++) {
			Map<String, Object> tie = relationships.get(i);
			assertThat(RealTies.TYPES).contains(Relation.valueOf((String) tie.get("type")));
			assertThat(List.of(tie.get("from"), tie.get("to"))).containsExactlyInAnyOrder(ids.get(i), ids.get(i + 1));
			long stored = ((Number) scalar("MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN count(r)",
					Map.of("from", tie.get("from"), "to", tie.get("to"), "type", tie.get("type")))).longValue();
			assertThat(stored).as("tie %s", tie).isPositive();
		}
	}

	/** Hops of the shortest path over real ties that passes through no chain link, by Cypher's own search. */
	private int distance(String from, String to, int maxHops) {
		Object hops = scalar("""
				MATCH p = shortestPath((a:Entity {id: $from})-[:%s*..%d]-(b:Entity {id: $to}))
				WHERE none(n IN nodes(p)[1..-1] WHERE n:ChainLink)
				RETURN length(p)""".formatted(RealTies.PATTERN, maxHops), Map.of("from", from, "to", to));
		assertThat(hops).as("a path from %s to %s", from, to).isNotNull();
		return ((Number) hops).intValue();
	}

	private Object scalar(String cypher, Map<String, Object> parameters) {
		var records = this.neo4j.executableQuery(cypher).withParameters(parameters).execute().records();
		return records.isEmpty() ? null : records.getFirst().get(0).asObject();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(GraphQlTester.Response response, String path) {
		return response.path(path).entityList(Map.class).get().stream().map((row) -> (Map<String, Object>) row).toList();
	}

}
