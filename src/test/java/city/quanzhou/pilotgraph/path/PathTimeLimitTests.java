package city.quanzhou.pilotgraph.path;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.TestGraphs;

/**
 * A search that cannot finish within its time limit ends with a clear error. The limit is made tiny so
 * that the outcome does not depend on the machine: the search below would enumerate tens of millions of
 * trails, far more than any machine walks in the time the database takes to notice the limit. This family
 * has its own service and database, because the limit is a start-up property.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0", "pilotgraph.seed=never", "pilotgraph.page-cache=64m",
				"pilotgraph.paths.time-limit=10ms" })
@AutoConfigureGraphQlTester
class PathTimeLimitTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	/**
	 * Not a {@link city.quanzhou.pilotgraph.FixtureGraphTest}: that family shares one database directory,
	 * which a second service (needed for the start-up property) cannot open while the first holds it.
	 */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("path-time-limit"));
	}

	private void replaceGraph(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").consume());
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, parameters).consume());
		}
	}

	/**
	 * 40 institutes each cooperating with each of 40 enterprises: every institute is two hops from every
	 * other, and there is no broker, so a search for paths through a broker must try every trail.
	 */
	@BeforeEach
	void denseGraph() {
		this.graphQl = this.graphQl.mutate().responseTimeout(Duration.ofSeconds(60)).build();
		replaceGraph("""
				UNWIND range(0, $size - 1) AS i
				CREATE (:Entity:Institute {id: 'inst-' + i, name: '研究院' + i, aliases: [], source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Enterprise {id: 'ent-' + i, name: '企业' + i, aliases: [], source: 'SYNTHETIC', version: 1})
				WITH count(*) AS created
				MATCH (i:Institute), (e:Enterprise)
				CREATE (i)-[:COOPERATES_WITH {projects: 1, lastYear: 2024}]->(e)
				""", Map.of("size", 40));
	}

	@Test
	void shouldEndASearchOverItsTimeLimitWithAnErrorNamingTheHopBound() {
		var response = this.graphQl.documentName("partnerPathsWithOptions")
			.variable("from", "inst-0")
			.variable("to", "inst-1")
			.variable("maxHops", 6)
			.variable("first", 100)
			.variable("options", Map.of("through", "BROKER"))
			.execute();
		PartnerPathTests.expectError(response, "maxHops",
				"maxHops: the search did not finish within its time limit of 10 ms");
	}

	/**
	 * The result is held by all 40 institutes, and 40 funds each invest in every enterprise and in each of 40 more:
	 * each of those is four hops away over 64,000 shortest paths, all of which the search returns.
	 */
	@Test
	void shouldEndAReachabilitySearchOverItsTimeLimitToo() {
		this.driver.executableQuery("""
				CREATE (r:Entity:Result {id: 'res-0', name: '成果', aliases: [], source: 'SYNTHETIC', version: 1})
				WITH r
				MATCH (i:Institute)
				CREATE (r)-[:OWNED_BY]->(i)
				WITH DISTINCT r
				UNWIND range(0, 39) AS j
				CREATE (:Entity:Fund {id: 'fund-' + j, name: '基金' + j, aliases: [], source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Enterprise {id: 'far-' + j, name: '远企业' + j, aliases: [], source: 'SYNTHETIC', version: 1})
				WITH count(*) AS created
				MATCH (f:Fund), (e:Enterprise)
				CREATE (f)-[:INVESTS_IN {amount: 1.0, year: 2024}]->(e)
				""").execute();
		var response = this.graphQl.documentName("reachableEnterprises")
			.variable("resultId", "res-0")
			.variable("maxHops", 6)
			.execute();
		PartnerPathTests.expectError(response, "maxHops",
				"maxHops: the search did not finish within its time limit of 10 ms");
	}

}
