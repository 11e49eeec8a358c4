package city.quanzhou.pilotgraph.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.ContractOperations;
import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's TestBases and the planners' Entity operations, unchanged from the client contract, on
 * the seed data. Expected answers come from Cypher run directly against the same database.
 */
class ContractReadOperationsTests extends SeededGraphTest {

	@Autowired
	Driver neo4j;

	@Test
	void shouldPageThroughEveryTestBaseExactlyOnce() {
		String operation = ContractOperations.load("TestBases");
		long bases = count("MATCH (b:TestBase) RETURN count(b)");
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			var response = this.graphQl.document(operation).variable("first", 20).variable("after", after).execute();
			response.path("testBases.totalCount").entity(Long.class).isEqualTo(bases);
			seen.addAll(response.path("testBases.edges[*].node.id").entityList(String.class).get());
			hasNext = response.path("testBases.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("testBases.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize((int) bases);
		assertThat(new HashSet<>(seen)).hasSize((int) bases);
	}

	@Test
	void shouldShowABaseWithItsServicesDistrictCoverageAndOperators() {
		var response = this.graphQl.document(ContractOperations.load("TestBases")).variable("first", 100).execute();
		var bases = response.path("testBases.edges[*].node").entityList(java.util.Map.class).get();
		@SuppressWarnings("unchecked")
		var dyeing = (java.util.Map<String, Object>) bases.stream()
			.filter((base) -> "base-waterless-dyeing".equals(base.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(dyeing.get("name")).isEqualTo("超临界无水染色技术中试验证平台");
		assertThat(dyeing.get("district")).isEqualTo(java.util.Map.of("code", "350581", "name", "石狮市"));
		assertThat((List<?>) dyeing.get("services")).isNotEmpty();
		assertThat((List<?>) dyeing.get("covers")).isNotEmpty();
		assertThat((List<?>) dyeing.get("operators")).extracting("kind").contains("INSTITUTE", "ENTERPRISE");
		assertThat(count("MATCH (:TestBase {id: 'base-waterless-dyeing'})-[:OPERATED_BY]->(o) RETURN count(o)"))
			.isEqualTo(((List<?>) dyeing.get("operators")).size());
	}

	@Test
	void shouldAnswerEntityForABaseWithItsCoveredLinks() {
		var response = this.graphQl.document(ContractOperations.load("Entity"))
			.variable("id", "base-qingyuan-energy-storage")
			.execute();
		response.path("entity.kind").entity(String.class).isEqualTo("TEST_BASE");
		response.path("entity.name").entity(String.class).satisfies((name) -> assertThat(name).contains("能源储存与转化"));
		response.path("entity.covers[*].id").entityList(String.class)
			.hasSize((int) count("MATCH (:TestBase {id: 'base-qingyuan-energy-storage'})-[:COVERS]->(l) RETURN count(l)"));
	}

	@Test
	void shouldAnswerEntityForAResultWithItsOwners() {
		var response = this.graphQl.document(ContractOperations.load("Entity")).variable("id", "res-waterless-dyeing").execute();
		response.path("entity.kind").entity(String.class).isEqualTo("RESULT");
		response.path("entity.name").entity(String.class).satisfies((name) -> assertThat(name).contains("无水染色"));
		response.path("entity.owners[*].name").entityList(String.class).contains("中纺协石狮研究院");
		response.path("entity.maturity").entity(String.class).satisfies((maturity) -> assertThat(maturity).isIn("LAB", "BENCH", "PILOT", "INDUSTRIAL"));
	}

	@Test
	void shouldAnswerEntityForAnInstituteWithItsResultCount() {
		String id = single("MATCH (i:Institute {name: '中纺协石狮研究院'}) RETURN i.id");
		var response = this.graphQl.document(ContractOperations.load("Entity")).variable("id", id).execute();
		response.path("entity.kind").entity(String.class).isEqualTo("INSTITUTE");
		response.path("entity.results.totalCount").entity(Long.class)
			.isEqualTo(count("MATCH (:Institute {id: '" + id + "'})<-[:OWNED_BY]-(r:Result) RETURN count(r)"));
		assertThat(response.path("entity.results.edges[*].node.id").entityList(String.class).get()).hasSizeBetween(1, 5);
	}

	@Test
	void shouldAnswerNullForAnUnknownId() {
		this.graphQl.document(ContractOperations.load("Entity")).variable("id", "no-such-entity").execute().path("entity").valueIsNull();
	}

	private long count(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asLong());
		}
	}

	private String single(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asString());
		}
	}

}
