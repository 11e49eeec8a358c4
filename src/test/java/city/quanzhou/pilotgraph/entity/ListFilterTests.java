package city.quanzhou.pilotgraph.entity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list filter against the seed data, compared with the same question asked of the graph directly. A
 * list statement carries only the conditions of the filters a request sets, so each filter, and filters
 * together, must still narrow the list exactly as its description says, and the count must agree.
 */
class ListFilterTests extends SeededGraphTest {

	@Test
	void shouldNarrowTestBasesByEachFilterAndByFiltersTogether() {
		assertList("testBases", "{district: \"晋江市\"}", """
				MATCH (n:TestBase)-[:LOCATED_IN]->(:District {name: '晋江市'}) RETURN n""");
		assertList("testBases", "{status: [OPERATING], openToPublic: true}", """
				MATCH (n:TestBase {status: 'OPERATING', openToPublic: true}) RETURN n""");
		assertList("testBases", "{chainId: \"chain-new-energy\"}", """
				MATCH (n:TestBase) WHERE EXISTS { (n)-[:COVERS]->(:ChainLink)-[:PART_OF]->(:IndustryChain {id: 'chain-new-energy'}) }
				RETURN n""");
		assertList("testBases", "{linkId: \"link-ne-bms\", status: [PLANNED, UNDER_CONSTRUCTION]}", """
				MATCH (n:TestBase)-[:COVERS]->(:ChainLink {id: 'link-ne-bms'})
				WHERE n.status IN ['PLANNED', 'UNDER_CONSTRUCTION'] RETURN DISTINCT n""");
		String service = string("MATCH (n:TestBase) UNWIND n.services AS s RETURN s ORDER BY s LIMIT 1");
		assertList("testBases", "{services: [" + service + "], district: \"350582\"}", """
				MATCH (n:TestBase)-[:LOCATED_IN]->(:District {code: '350582'})
				WHERE '%s' IN n.services RETURN n""".formatted(service));
	}

	@Test
	void shouldNarrowResultsByOwnerMaturityAndNeedForAPilot() {
		assertList("results", "{maturity: [LAB, BENCH], needsPilot: true}", """
				MATCH (n:Result) WHERE n.maturity IN ['LAB', 'BENCH'] AND n.needsPilot RETURN n""");
		assertList("results", "{ownerId: \"inst-tju-quanzhou\"}", """
				MATCH (n:Result)-[:OWNED_BY]->(:Entity {id: 'inst-tju-quanzhou'}) RETURN n""");
		assertList("results", "{district: \"丰泽区\"}", """
				MATCH (n:Result)-[:OWNED_BY]->()-[:LOCATED_IN]->(:District {name: '丰泽区'}) RETURN DISTINCT n""");
	}

	@Test
	void shouldNarrowTheOtherKindsByTheirOwnFilters() {
		assertList("enterprises", "{lead: true, chainId: \"chain-new-energy\"}", """
				MATCH (n:Enterprise {lead: true})
				WHERE EXISTS { (n)-[:ACTIVE_IN]->(:ChainLink)-[:PART_OF]->(:IndustryChain {id: 'chain-new-energy'}) }
				RETURN n""");
		assertList("institutes", "{inCity: true}", "MATCH (n:Institute {inCity: true}) RETURN n");
		String agency = string("MATCH (:Broker)-[:WORKS_FOR]->(a) RETURN a.id ORDER BY a.id LIMIT 1");
		assertList("brokers", "{agencyId: \"" + agency + "\"}", """
				MATCH (n:Broker)-[:WORKS_FOR]->(:Entity {id: '%s'}) RETURN n""".formatted(agency));
		String stage = string("MATCH (n:ChainLink) RETURN n.stage ORDER BY n.stage LIMIT 1");
		assertList("chainLinks", "{stage: " + stage + ", chainId: \"chain-new-energy\"}", """
				MATCH (n:ChainLink {stage: '%s'})-[:PART_OF]->(:IndustryChain {id: 'chain-new-energy'}) RETURN n"""
			.formatted(stage));
		assertList("demands", "{challengeList: true}", "MATCH (n:Demand {challengeList: true}) RETURN n");
	}

	@Test
	void shouldSortByTheAskedFieldInEitherDirectionWithTiesByIdAndNullsAtTheEnd() {
		List<String> descending = ids(this.graphQl.documentName("testBasesOrdered")
			.variable("orderBy", Map.of("field", "ESTABLISHED_YEAR", "direction", "DESC"))
			.execute()
			.path("testBases.edges[*].node.id").entityList(String.class).get());
		assertThat(descending).isEqualTo(strings("""
				MATCH (n:TestBase) RETURN n.id ORDER BY n.establishedYear DESC, n.id"""));
		List<String> ascending = ids(this.graphQl.documentName("testBasesOrdered")
			.variable("orderBy", Map.of("field", "ESTABLISHED_YEAR", "direction", "ASC"))
			.execute()
			.path("testBases.edges[*].node.id").entityList(String.class).get());
		assertThat(ascending).isEqualTo(strings("MATCH (n:TestBase) RETURN n.id ORDER BY n.establishedYear, n.id"));
	}

	/** The list's first page (100, the most one page holds) and its count equal what the reference returns (by name, id). */
	private void assertList(String field, String filter, String reference) {
		List<String> expected = strings("CALL () { " + reference + " } RETURN n.id ORDER BY n.name, n.id");
		assertThat(expected).as("the seed data must give %s %s something to find", field, filter).isNotEmpty();
		// one document per list field and filter, built here: the same check over every list
		Map<String, Object> answer = this.graphQl.document("{ %s(first: 100, filter: %s) { totalCount edges { node { id } } } }"
			.formatted(field, filter))
			.execute()
			.path(field).entity(Map.class).get();
		assertThat(answer.get("totalCount")).as("%s %s totalCount", field, filter).isEqualTo(expected.size());
		@SuppressWarnings("unchecked")
		List<Map<String, Map<String, String>>> edges = (List<Map<String, Map<String, String>>>) answer.get("edges");
		assertThat(edges.stream().map((edge) -> edge.get("node").get("id")).toList()).as("%s %s", field, filter)
			.isEqualTo(expected.subList(0, Math.min(100, expected.size())));
	}

	private static List<String> ids(List<String> ids) {
		assertThat(ids).isNotEmpty();
		return ids;
	}

	private String string(String cypher) {
		List<String> found = strings(cypher);
		assertThat(found).as(cypher).isNotEmpty();
		return found.getFirst();
	}

	private List<String> strings(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((row) -> row.get(0).asString()));
		}
	}

}
