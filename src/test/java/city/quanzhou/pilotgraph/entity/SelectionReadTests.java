package city.quanzhou.pilotgraph.entity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neighbour fields read in the same statement as their parent answer exactly as their batch mappings do,
 * whatever the request's shape: aliases with different selections, fragments of an interface, the same field
 * name meaning different ties on different types, and fields no statement reads along mixed in.
 */
class SelectionReadTests extends SeededGraphTest {

	@Test
	void shouldGiveEachAliasOfANeighbourFieldItsOwnSelection() {
		var response = this.graphQl.documentName("coveredLinksTwiceAliased").variable("id", "base-qingyuan-energy-storage")
			.execute();
		List<String> expected = strings("""
				MATCH (:TestBase {id: 'base-qingyuan-energy-storage'})-[:COVERS]->(l) RETURN l.id ORDER BY l.name, l.id""");
		response.path("entity.ids[*].id").entityList(String.class).containsExactly(expected.toArray(String[]::new));
		response.path("entity.named[*].name").entityList(String.class).hasSize(expected.size());
		response.path("entity.named[*].chain.name").entityList(String.class).hasSize(expected.size());
	}

	@Test
	void shouldReadTheTieOfEachTypeWhenFragmentsShareAFieldName() {
		String link = strings("MATCH (l:ChainLink)<-[:ACTIVE_IN]-(:Enterprise) RETURN DISTINCT l.id ORDER BY l.id LIMIT 1").getFirst();
		var response = this.graphQl.documentName("enterprisesOfLinkOrPark").variable("id", link).execute();
		response.path("entity.enterprises[*].id").entityList(String.class).containsExactly(strings("""
				MATCH (:ChainLink {id: $id})<-[:ACTIVE_IN]-(e) RETURN e.id ORDER BY e.name, e.id""", link)
			.toArray(String[]::new));
	}

	@Test
	void shouldReadNeighboursInsideFragmentsOfAnInterfaceList() {
		var response = this.graphQl.documentName("testBaseOperatorsByKind")
			.execute();
		List<Map<String, Object>> bases = response.path("testBases.edges[*].node").entityList(Map.class).get()
			.stream().map(SelectionReadTests::map).toList();
		Map<String, Object> dyeing = bases.stream().filter((base) -> "base-waterless-dyeing".equals(base.get("id")))
			.findFirst().orElseThrow();
		List<Map<String, Object>> operators = ((List<?>) dyeing.get("operators")).stream().map(SelectionReadTests::map).toList();
		assertThat(operators).extracting((operator) -> operator.get("id")).containsExactlyElementsOf(strings("""
				MATCH (:TestBase {id: 'base-waterless-dyeing'})-[:OPERATED_BY]->(o) RETURN o.id ORDER BY o.name, o.id"""));
		for (Map<String, Object> operator : operators) {
			List<String> districts = strings("MATCH (:Entity {id: $id})-[:LOCATED_IN]->(d) RETURN d.code", (String) operator.get("id"));
			if ("INSTITUTE".equals(operator.get("kind"))) {
				assertThat(operator.get("district")).isEqualTo(districts.isEmpty() ? null : Map.of("code", districts.getFirst()));
				assertThat(operator).doesNotContainKey("park");
			}
			if ("ENTERPRISE".equals(operator.get("kind"))) {
				assertThat(operator).containsKey("park");
				assertThat(operator.get("district") == null).isEqualTo(districts.isEmpty());
			}
		}
	}

	@Test
	void shouldBatchLoadWhatNoStatementReadsAlong() {
		var response = this.graphQl.documentName("operatingBasesPiloted").execute();
		List<Map<String, Object>> bases = response.path("testBases.edges[*].node").entityList(Map.class).get()
			.stream().map(SelectionReadTests::map).toList();
		long piloted = bases.stream().mapToLong((base) -> ((List<?>) base.get("piloted")).size()).sum();
		assertThat(piloted).isEqualTo(count("MATCH (b:TestBase {status: 'OPERATING'})-[:PILOTED]->() RETURN count(*)"));
	}

	@Test
	void shouldAnswerEachRequestOfARepeatedDocumentForItsOwnEntity() {
		// the projection is compiled once for the document (SelectionCache); each kind must still get its own ties
		String base = "base-qingyuan-energy-storage";
		String result = strings("MATCH (r:Result)-[:OWNED_BY]->() RETURN r.id ORDER BY r.id LIMIT 1").getFirst();
		for (int round = 0; round < 2; round++) {
			var ofBase = this.graphQl.documentName("entityOfAnyKindWithTies").variable("id", base).execute();
			ofBase.path("entity.id").entity(String.class).isEqualTo(base);
			ofBase.path("entity.covers[*].id").entityList(String.class).containsExactly(strings("""
					MATCH (:TestBase {id: $id})-[:COVERS]->(l) RETURN l.id ORDER BY l.name, l.id""", base)
				.toArray(String[]::new));
			ofBase.path("entity.district.code").entity(String.class).isEqualTo(strings("""
					MATCH (:TestBase {id: $id})-[:LOCATED_IN]->(d) RETURN d.code""", base).getFirst());
			ofBase.path("entity.owners").pathDoesNotExist();
			var ofResult = this.graphQl.documentName("entityOfAnyKindWithTies").variable("id", result).execute();
			ofResult.path("entity.id").entity(String.class).isEqualTo(result);
			ofResult.path("entity.owners[*].id").entityList(String.class).containsExactly(strings("""
					MATCH (:Result {id: $id})-[:OWNED_BY]->(o) RETURN o.id ORDER BY o.name, o.id""", result)
				.toArray(String[]::new));
			ofResult.path("entity.covers").pathDoesNotExist();
		}
	}

	@Test
	void shouldFollowSkipAndIncludeOnEveryRequestOfADocument() {
		// a variable decides the selection here, so nothing compiled for one request may serve the next
		String base = "base-qingyuan-energy-storage";
		String[] covered = strings("""
				MATCH (:TestBase {id: $id})-[:COVERS]->(l) RETURN l.id ORDER BY l.name, l.id""", base).toArray(String[]::new);
		String district = strings("MATCH (:TestBase {id: $id})-[:LOCATED_IN]->(d) RETURN d.code", base).getFirst();
		for (boolean withCovers : new boolean[] { true, false, true, false }) {
			var response = this.graphQl.documentName("baseWithCoversIncluded").variable("id", base)
				.variable("withCovers", withCovers).execute();
			if (withCovers) {
				response.path("entity.covers[*].id").entityList(String.class).containsExactly(covered);
				response.path("entity.district").pathDoesNotExist();
			}
			else {
				response.path("entity.covers").pathDoesNotExist();
				response.path("entity.district.code").entity(String.class).isEqualTo(district);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private List<String> strings(String cypher) {
		return strings(cypher, null);
	}

	private List<String> strings(String cypher, String id) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher, (id != null) ? Map.of("id", id) : Map.of())
				.list((row) -> row.get(0).asString()));
		}
	}

}
