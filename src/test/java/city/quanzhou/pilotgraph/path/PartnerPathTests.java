package city.quanzhou.pilotgraph.path;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.PlanOperators;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path searches on a small hand-built graph whose paths are worked out below.
 *
 * <pre>
 * real ties (undirected view)                     category ties (never walked)
 * res ── inst ── ent-t ── fund ── ent-far          every organisation LOCATED_IN district 晋江
 *  │      │  ╲    │ │                 │            link-1 PART_OF chain; res APPLIES_TO link-1;
 *  │      │  broker-1                 │            ent-far, ent-x, ent-island ACTIVE_IN link-1
 *  │      │     │    │                │
 *  │      base-3 (PLANNED) ───────────┘            link-1 is reached only by COVERS, from base and
 *  │          agency                               base-2, and may end a path but not carry one
 *  base (OPERATING) ── ent-t; base ── broker-2 ── agency
 *  base ── link-1 ── base-2 ── ent-x; broker-3 ── ent-x
 * </pre>
 *
 * Simple paths from res to ent-t within six hops: res-base-ent-t and res-inst-ent-t (2, the first much
 * stronger: recent pilot and service against a single cooperation project in 2012), res-inst-broker-1-ent-t (3),
 * res-base-broker-2-agency-broker-1-ent-t and res-inst-base-3-ent-far-fund-ent-t (5),
 * res-base-broker-2-agency-broker-1-inst-ent-t and res-inst-broker-1-agency-broker-2-base-ent-t (6).
 * The cycles through ent-t, inst and broker-1 make non-simple trails such as res-base-ent-t-broker-1-inst-ent-t,
 * which must not appear. broker-1 has two parallel ties to ent-t, which make one route, not two.
 */
@Tag("integration")
class PartnerPathTests extends FixtureGraphTest {

	static final String FIXTURE = """
			CREATE (d:District {code: '350582', name: '晋江市'})
			CREATE (chain:Entity:IndustryChain {id: 'chain', name: '纺织鞋服', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (link:Entity:ChainLink {id: 'link-1', name: '印染', aliases: [], source: 'SYNTHETIC', version: 1, stage: 'MIDSTREAM'})
			CREATE (res:Entity:Result {id: 'res', name: '超临界二氧化碳无水染色', aliases: [], source: 'SYNTHETIC', version: 1, maturity: 'BENCH', needsPilot: true})
			CREATE (inst:Entity:Institute {id: 'inst', name: '纺织研究院', aliases: [], source: 'SYNTHETIC', version: 1, inCity: true})
			CREATE (entT:Entity:Enterprise {id: 'ent-t', name: '甲纺织', aliases: [], source: 'SYNTHETIC', version: 1, lead: true})
			CREATE (entFar:Entity:Enterprise {id: 'ent-far', name: '乙鞋业', aliases: [], source: 'SYNTHETIC', version: 1, lead: false})
			CREATE (entX:Entity:Enterprise {id: 'ent-x', name: '丙印染', aliases: [], source: 'SYNTHETIC', version: 1, lead: false})
			CREATE (island:Entity:Enterprise {id: 'ent-island', name: '丁服饰', aliases: [], source: 'SYNTHETIC', version: 1, lead: false})
			CREATE (base:Entity:TestBase {id: 'base', name: '印染中试基地', aliases: [], source: 'SYNTHETIC', version: 1, status: 'OPERATING', openToPublic: true, services: ['PILOT_MATURATION']})
			CREATE (base2:Entity:TestBase {id: 'base-2', name: '另一中试基地', aliases: [], source: 'SYNTHETIC', version: 1, status: 'OPERATING', openToPublic: true, services: []})
			CREATE (base3:Entity:TestBase {id: 'base-3', name: '规划中试基地', aliases: [], source: 'SYNTHETIC', version: 1, status: 'PLANNED', openToPublic: false, services: []})
			CREATE (b1:Entity:Broker {id: 'broker-1', name: '王经纪', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (b2:Entity:Broker {id: 'broker-2', name: '李经纪', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (b3:Entity:Broker {id: 'broker-3', name: '张经纪', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (agency:Entity:TransferAgency {id: 'agency', name: '技术转移中心', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (fund:Entity:Fund {id: 'fund', name: '产业基金', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (res)-[:OWNED_BY]->(inst)
			CREATE (inst)-[:COOPERATES_WITH {projects: 1, firstYear: 2012, lastYear: 2012}]->(entT)
			CREATE (base)-[:PILOTED {year: 2025}]->(res)
			CREATE (base)-[:SERVED {year: 2025, projects: 4}]->(entT)
			CREATE (b1)-[:BROKERED {deals: 3, lastYear: 2024}]->(inst)
			CREATE (b1)-[:SERVES {since: 2019}]->(entT)
			CREATE (b1)-[:BROKERED {deals: 1, lastYear: 2015}]->(entT)
			CREATE (b2)-[:SERVES {since: 2021}]->(base)
			CREATE (b1)-[:WORKS_FOR]->(agency)
			CREATE (b2)-[:WORKS_FOR]->(agency)
			CREATE (fund)-[:INVESTS_IN {amount: 500.0, year: 2024}]->(entT)
			CREATE (fund)-[:INVESTS_IN {amount: 300.0, year: 2024}]->(entFar)
			CREATE (base3)-[:OPERATED_BY {role: 'LEAD'}]->(inst)
			CREATE (base3)-[:OPERATED_BY {role: 'PARTNER'}]->(entFar)
			CREATE (base)-[:COVERS]->(link)
			CREATE (base2)-[:COVERS]->(link)
			CREATE (base2)-[:SERVED {year: 2024, projects: 2}]->(entX)
			CREATE (b3)-[:SERVES {since: 2020}]->(entX)
			CREATE (link)-[:PART_OF]->(chain)
			CREATE (res)-[:APPLIES_TO]->(link)
			CREATE (entFar)-[:ACTIVE_IN]->(link)
			CREATE (entX)-[:ACTIVE_IN]->(link)
			CREATE (island)-[:ACTIVE_IN]->(link)
			CREATE (entT)-[:ACTIVE_IN]->(link)
			WITH d
			MATCH (n:Entity) WHERE n:Institute OR n:Enterprise OR n:TestBase OR n:TransferAgency
			CREATE (n)-[:LOCATED_IN]->(d)
			""";

	@BeforeEach
	void fixture() {
		replaceGraph(FIXTURE);
		// The first search of each shape waits for the database to plan it, which takes seconds on a busy
		// machine; the service's own limit is what must end a search, not the tester's 5 s wait.
		this.graphQl = this.graphQl.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void shouldListShortestPathsFirstAndTheStrongerOfEqualLengthFirst() {
		var response = partnerPaths("res", "ent-t", 4, 5, null);
		assertThat(nodeIds(response)).containsExactly(List.of("res", "base", "ent-t"), List.of("res", "inst", "ent-t"),
				List.of("res", "inst", "broker-1", "ent-t"));
		response.path("partnerPaths[*].hops").entityList(Integer.class).containsExactly(2, 2, 3);
		List<Double> strengths = response.path("partnerPaths[*].strength").entityList(Double.class).get();
		assertThat(strengths.get(0)).isGreaterThan(strengths.get(1));
	}

	@Test
	void shouldKeepOneRouteOverParallelTiesWithTheStrongerTie() {
		// broker-1 both serves ent-t (ongoing) and brokered one deal with it in 2015
		var response = partnerPaths("res", "ent-t", 3, 5, Map.of("through", "BROKER"));
		assertThat(nodeIds(response)).containsExactly(List.of("res", "inst", "broker-1", "ent-t"));
		response.path("partnerPaths[0].relationships[2]").entity(Map.class)
			.isEqualTo(Map.of("type", "SERVES", "from", "broker-1", "to", "ent-t"));
	}

	@Test
	void shouldJoinEachNodeToTheNextWithTheTieInItsStoredDirection() {
		var response = partnerPaths("res", "ent-t", 4, 1, null);
		response.path("partnerPaths[0].relationships").entityList(Map.class).hasSize(2);
		response.path("partnerPaths[0].relationships[0]").entity(Map.class)
			.isEqualTo(Map.of("type", "PILOTED", "from", "base", "to", "res"));
		response.path("partnerPaths[0].relationships[1]").entity(Map.class)
			.isEqualTo(Map.of("type", "SERVED", "from", "base", "to", "ent-t"));
		response.path("partnerPaths[0].nodes[*].kind").entityList(String.class)
			.containsExactly("RESULT", "TEST_BASE", "ENTERPRISE");
	}

	@Test
	void shouldReturnOnlySimplePathsAroundACycle() {
		var paths = nodeIds(partnerPaths("res", "ent-t", 6, 10, null));
		assertThat(paths).allSatisfy((path) -> assertThat(new HashSet<>(path)).hasSameSizeAs(path));
		assertThat(paths).map(List::size).containsExactly(3, 3, 4, 6, 6, 7, 7);
		assertThat(paths).contains(List.of("res", "inst", "base-3", "ent-far", "fund", "ent-t"),
				List.of("res", "inst", "broker-1", "agency", "broker-2", "base", "ent-t"));
	}

	@Test
	void shouldNotUseADistrictAChainOrAChainLinkAsAShortcut() {
		// 2 hops over APPLIES_TO/ACTIVE_IN, 3 over LOCATED_IN, but 3 over real ties
		partnerPaths("res", "ent-far", 2, 5, null).path("partnerPaths").entityList(Object.class).hasSize(0);
		assertThat(nodeIds(partnerPaths("res", "ent-far", 3, 5, null)))
			.containsExactly(List.of("res", "inst", "base-3", "ent-far"));
		// ent-x is reachable only through link-1 (two bases covering it) or the district
		partnerPaths("res", "ent-x", 6, 5, null).path("partnerPaths").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldFindDirectTiesWithinOneHop() {
		assertThat(nodeIds(partnerPaths("inst", "ent-t", 1, 5, null))).containsExactly(List.of("inst", "ent-t"));
		var response = this.graphQl.documentName("neighbourhood").variable("id", "fund").variable("hops", 1).execute();
		response.path("neighbourhood.nodes[*].entity.id").entityList(String.class).hasSize(2).contains("ent-t", "ent-far");
	}

	@Test
	void shouldFindNoPathForAnUnreachablePair() {
		partnerPaths("res", "ent-island", 6, 5, null).path("partnerPaths").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldEndAPathOnAChainLinkThroughCoverage() {
		assertThat(nodeIds(partnerPaths("res", "link-1", 4, 5, null))).first()
			.isEqualTo(List.of("res", "base", "link-1"));
	}

	@Test
	void shouldPassThroughTheKindAskedFor() {
		assertThat(nodeIds(partnerPaths("res", "ent-t", 4, 5, Map.of("through", "BROKER"))))
			.containsExactly(List.of("res", "inst", "broker-1", "ent-t"));
		assertThat(nodeIds(partnerPaths("res", "ent-t", 4, 5, Map.of("through", "TEST_BASE"))))
			.containsExactly(List.of("res", "base", "ent-t"));
	}

	@Test
	void shouldFindThePathThroughTheKindWhenShorterPathsMissItAndOneIsAsked() {
		// both two-hop paths from res to ent-t miss a broker; the three-hop one through broker-1 is the answer
		assertThat(nodeIds(partnerPaths("res", "ent-t", 3, 1, Map.of("through", "BROKER"))))
			.containsExactly(List.of("res", "inst", "broker-1", "ent-t"));
		this.graphQl.documentName("shortestPartnerPathLength")
			.variable("from", "res").variable("to", "ent-t").variable("maxHops", 3)
			.variable("options", Map.of("through", "BROKER"))
			.execute()
			.path("partnerPaths[*].hops").entityList(Integer.class).containsExactly(3);
	}

	@Test
	void shouldAvoidTheEntitiesNamed() {
		assertThat(nodeIds(partnerPaths("res", "ent-t", 4, 5, Map.of("avoid", List.of("base", "broker-1")))))
			.containsExactly(List.of("res", "inst", "ent-t"));
	}

	@Test
	void shouldPassOnlyThroughOperatingBasesWhenAsked() {
		assertThat(nodeIds(partnerPaths("res", "ent-far", 4, 5, Map.of("operatingBasesOnly", true))))
			.containsExactly(List.of("res", "base", "ent-t", "fund", "ent-far"),
					List.of("res", "inst", "ent-t", "fund", "ent-far"));
	}

	@Test
	void shouldAnswerTheLengthOfTheShortestPathAloneAsTheFullSearchDoes() {
		// the worked-out cases above: a cycle, a kind to pass through, avoided and planned bases, ends on a
		// chain link, one hop, an unreachable pair
		List<Map<String, Object>> options = List.of(Map.of(), Map.of("through", "BROKER"), Map.of("through", "FUND"),
				Map.of("avoid", List.of("base", "broker-1")), Map.of("operatingBasesOnly", true));
		int asked = 0;
		int found = 0;
		for (String[] ends : new String[][] { { "res", "ent-t" }, { "res", "ent-far" }, { "res", "link-1" },
				{ "inst", "ent-t" }, { "res", "ent-x" }, { "res", "ent-island" } }) {
			for (Map<String, Object> option : options) {
				for (int maxHops = 1; maxHops <= PathService.MAX_HOPS; maxHops++) {
					int bound = maxHops;
					List<Integer> full = partnerPaths(ends[0], ends[1], maxHops, 1, option)
						.path("partnerPaths[*].hops").entityList(Integer.class).get();
					this.graphQl.documentName("shortestPartnerPathLength")
						.variable("from", ends[0]).variable("to", ends[1]).variable("maxHops", maxHops)
						.variable("options", option)
						.execute()
						.path("partnerPaths[*].hops").entityList(Integer.class)
						.satisfies((hops) -> assertThat(hops).as("%s within %d hops with %s", List.of(ends), bound, option)
							.isEqualTo(full));
					asked++;
					found += full.isEmpty() ? 0 : 1;
				}
			}
		}
		// both answers occur: paths of several lengths, and none
		assertThat(found).isBetween(20, asked - 20);
	}

	@Test
	void shouldFindTheLengthBreadthFirstWithoutAnExhaustiveSearchBehindIt() {
		// an exhaustive fallback would walk every path up to the bound between ends that are not joined
		try (Session session = this.driver.session()) {
			for (boolean throughAKind : new boolean[] { false, true }) {
				Plan plan = session
					.run("EXPLAIN " + PathQueries.shortestLength(4, throughAKind),
							PathService.partnerPathParameters(PathOptions.NONE, "res", "ent-island", 1))
					.consume()
					.plan();
				assertThat(PlanOperators.of(plan)).as("through a kind: %s", throughAKind)
					.noneMatch((operator) -> operator.startsWith("AntiConditionalApply")
							|| operator.startsWith("VarLengthExpand"))
					.anyMatch((operator) -> operator.startsWith("ShortestPath")
							|| operator.startsWith("StatefulShortestPath"));
			}
		}
	}

	@Test
	void shouldFindTheSamePathsEnumeratedAsBreadthFirst() {
		// the fixture's ends have few ties, so the service enumerates; an allowance of no ties forces the
		// breadth-first search, which must give the same routes, in the same order, with the same ties
		List<PathOptions> options = List.of(PathOptions.NONE, new PathOptions(EntityKind.BROKER, List.of(), false),
				new PathOptions(EntityKind.TEST_BASE, List.of(), false), new PathOptions(EntityKind.FUND, List.of(), false),
				new PathOptions(null, List.of("base", "broker-1"), false), new PathOptions(null, List.of(), true));
		int compared = 0;
		int withPaths = 0;
		try (Session session = this.driver.session()) {
			for (String[] ends : new String[][] { { "res", "ent-t" }, { "res", "ent-far" }, { "res", "link-1" },
					{ "inst", "ent-t" }, { "res", "ent-x" }, { "res", "ent-island" }, { "base", "agency" } }) {
				for (PathOptions option : options) {
					for (int maxHops = 1; maxHops <= PathService.MAX_HOPS; maxHops++) {
						for (int first : new int[] { 1, 2, 5, 10 }) {
							Map<String, Object> parameters = PathService.partnerPathParameters(option, ends[0], ends[1], first);
							String statement = PathQueries.partnerPaths(maxHops, EntityProjection.ID_ONLY);
							parameters.put("enumerateUpTo", Integer.MAX_VALUE);
							List<Object> enumerated = session.run(statement, parameters).list((row) -> row.get("path").asObject());
							parameters.put("enumerateUpTo", 0);
							List<Object> breadthFirst = session.run(statement, parameters).list((row) -> row.get("path").asObject());
							assertThat(enumerated).as("%s within %d hops, first %d, with %s", List.of(ends), maxHops, first, option)
								.isEqualTo(breadthFirst);
							compared++;
							withPaths += enumerated.isEmpty() ? 0 : 1;
						}
					}
				}
			}
		}
		// both answers occur many times: paths, and none within the bound or through the kind
		assertThat(withPaths).isBetween(200, compared - 200);
	}

	@Test
	void shouldListBrokersNearBothPartiesNearestFirst() {
		var response = this.graphQl.documentName("bridgingBrokersWithPaths")
			.variable("a", "inst")
			.variable("b", "ent-t")
			.execute();
		response.path("bridgingBrokers[*].broker.id").entityList(String.class).containsExactly("broker-1", "broker-2");
		response.path("bridgingBrokers[*].hopsToA").entityList(Integer.class).containsExactly(1, 3);
		response.path("bridgingBrokers[*].hopsToB").entityList(Integer.class).containsExactly(1, 2);
		response.path("bridgingBrokers[1].pathToB.nodes[*].id").entityList(String.class)
			.containsExactly("ent-t", "base", "broker-2");
		this.graphQl.documentName("bridgingBrokersWithPaths")
			.variable("a", "inst")
			.variable("b", "ent-t")
			.variable("maxHops", 2)
			.execute()
			.path("bridgingBrokers[*].broker.id")
			.entityList(String.class)
			.containsExactly("broker-1");
	}

	@Test
	void shouldDrawTheNeighbourhoodWithTheTiesAmongItsNodes() {
		var response = this.graphQl.documentName("neighbourhood").variable("id", "base").variable("hops", 1).execute();
		response.path("neighbourhood.nodes[*].entity.id").entityList(String.class)
			.hasSize(4)
			.contains("res", "ent-t", "link-1", "broker-2");
		response.path("neighbourhood.relationships").entityList(Map.class).hasSize(4);
		response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldKeepTheNeighbourhoodWalkOnTheKindsAskedForAndCapIt() {
		var response = this.graphQl.documentName("neighbourhood")
			.variable("id", "base")
			.variable("hops", 2)
			.variable("kinds", List.of("RESULT", "INSTITUTE", "ENTERPRISE"))
			.variable("first", 2)
			.execute();
		response.path("neighbourhood.reachableCount").entity(Integer.class).isEqualTo(3);
		response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighbourhood.nodes[*].hops").entityList(Integer.class).containsExactly(1, 1);
		response.path("neighbourhood.nodes[*].entity.id").entityList(String.class)
			.hasSize(2)
			.contains("res", "ent-t");
	}

	@Test
	void shouldOfferOnlyNewProspectsUnlessExistingPartnersAreAskedFor() {
		// ent-t cooperates with inst, the owner of res: an existing partner, left out by default
		var response = this.graphQl.documentName("reachableEnterprises").variable("resultId", "res").execute();
		response.path("reachableEnterprises[*].enterprise.id").entityList(String.class).containsExactly("ent-far");
		response.path("reachableEnterprises[0].existing").entity(Boolean.class).isEqualTo(false);
		response.path("reachableEnterprises[0].sharedLinks").entityList(String.class).containsExactly("印染");
		response.path("reachableEnterprises[0].reason").entity(String.class)
			.isEqualTo("经 纺织研究院 → 规划中试基地 可达（3 跳）；路径强度 1.00；同在环节：印染");

		response = this.graphQl.documentName("reachableEnterprises")
			.variable("resultId", "res")
			.variable("includeExisting", true)
			.execute();
		response.path("reachableEnterprises[*].enterprise.id").entityList(String.class)
			.containsExactly("ent-t", "ent-far");
		response.path("reachableEnterprises[*].hops").entityList(Integer.class).containsExactly(2, 3);
		response.path("reachableEnterprises[*].existing").entityList(Boolean.class).containsExactly(true, false);
		response.path("reachableEnterprises[0].existingTies").entityList(String.class).containsExactly("COOPERATES_WITH");
		response.path("reachableEnterprises[0].reason").entity(String.class).satisfies((reason) -> assertThat(reason)
			.startsWith("经 印染中试基地 可达（2 跳）").contains("现有关系：与成果持有单位已有产学研合作"));
		response.path("reachableEnterprises[0].path.nodes[*].id").entityList(String.class)
			.containsExactly("res", "base", "ent-t");
		// fewer asked than reached: only the nearest are weighed, and they come in the same order
		this.graphQl.documentName("reachableEnterprises")
			.variable("resultId", "res")
			.variable("includeExisting", true)
			.variable("first", 1)
			.execute()
			.path("reachableEnterprises[*].path.nodes[*].id")
			.entityList(String.class)
			.containsExactly("res", "base", "ent-t");
		this.graphQl.documentName("reachableEnterprises")
			.variable("resultId", "res")
			.variable("includeExisting", true)
			.variable("options", Map.of("operatingBasesOnly", true))
			.execute()
			.path("reachableEnterprises[*].hops")
			.entityList(Integer.class)
			.containsExactly(2, 4);
	}

	@Test
	void shouldOfferProspectsReachedThroughTheKindAskedForEvenWhenShorterPathsMissIt() {
		// ent-t is two hops from res through a base or the institute; through a broker it is three
		var response = this.graphQl.documentName("reachableEnterprises")
			.variable("resultId", "res")
			.variable("includeExisting", true)
			.variable("options", Map.of("through", "BROKER"))
			.execute();
		response.path("reachableEnterprises[*].enterprise.id").entityList(String.class).containsExactly("ent-t");
		response.path("reachableEnterprises[0].path.nodes[*].id").entityList(String.class)
			.containsExactly("res", "inst", "broker-1", "ent-t");
		// through a base: ent-t over the operating base, ent-far over the planned one
		this.graphQl.documentName("reachableEnterprises")
			.variable("resultId", "res")
			.variable("includeExisting", true)
			.variable("options", Map.of("through", "TEST_BASE"))
			.execute()
			.path("reachableEnterprises[*].path.nodes[*].id")
			.entityList(String.class)
			.containsExactly("res", "base", "ent-t", "res", "inst", "base-3", "ent-far");
		// a single hop has nothing in between to pass through
		this.graphQl.documentName("reachableEnterprises")
			.variable("resultId", "res")
			.variable("maxHops", 1)
			.variable("includeExisting", true)
			.variable("options", Map.of("through", "TEST_BASE"))
			.execute()
			.path("reachableEnterprises")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldRefuseHopsAndFirstOverTheirCapsNamingTheArgument() {
		expectError(partnerPaths("res", "ent-t", 7, 5, null), "maxHops", "maxHops: must be at most 6");
		expectError(partnerPaths("res", "ent-t", 0, 5, null), "maxHops", "maxHops: must be at least 1");
		expectError(partnerPaths("res", "ent-t", 4, 101, null), "first", "first: must be at most 100");
		expectError(this.graphQl.documentName("neighbourhood").variable("id", "base").variable("hops", 4).execute(),
				"hops", "hops: must be at most 3");
		expectError(this.graphQl.documentName("bridgingBrokersWithPaths").variable("a", "inst").variable("b", "ent-t")
				.variable("maxHops", 9).execute(),
				"maxHops", "maxHops: must be at most 6");
	}

	@Test
	void shouldNameTheArgumentOfAnUnknownId() {
		expectError(partnerPaths("no-such", "ent-t", 4, 5, null), "from", "from: no entity has id 'no-such'");
		expectError(partnerPaths("res", "no-such", 4, 5, null), "to", "to: no entity has id 'no-such'");
		expectError(this.graphQl.documentName("bridgingBrokersWithPaths").variable("a", "inst").variable("b", "nobody").execute(), "b",
				"b: no entity has id 'nobody'");
		expectError(this.graphQl.documentName("reachableEnterprises").variable("resultId", "inst").execute(),
				"resultId", "resultId: inst is an INSTITUTE, not a RESULT");
		expectError(partnerPaths("res", "ent-t", 4, 5, Map.of("avoid", List.of("res"))), "options.avoid",
				"options.avoid: cannot avoid res");
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response partnerPaths(String from, String to,
			int maxHops, int first, Map<String, Object> options) {
		return this.graphQl.documentName("partnerPathsWithOptions")
			.variable("from", from)
			.variable("to", to)
			.variable("maxHops", maxHops)
			.variable("first", first)
			.variable("options", options)
			.execute();
	}

	@SuppressWarnings("unchecked")
	private static List<List<String>> nodeIds(org.springframework.graphql.test.tester.GraphQlTester.Response response) {
		List<Map<String, Object>> paths = response.path("partnerPaths").entityList(Map.class).get()
			.stream()
			.map((path) -> (Map<String, Object>) path)
			.toList();
		return paths.stream()
			.map((path) -> ((List<Map<String, Object>>) path.get("nodes")).stream()
				.map((node) -> (String) node.get("id"))
				.toList())
			.toList();
	}

	static void expectError(org.springframework.graphql.test.tester.GraphQlTester.Response response, String argument,
			String messageStart) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getMessage()).startsWith(messageStart);
			assertThat(errors.getFirst().getExtensions()).containsEntry("argument", argument);
		});
	}

}
