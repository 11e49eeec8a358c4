package city.quanzhou.pilotgraph.entity;

import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested lists are read with their parents or batch loaded: the number of statements sent to Neo4j for a
 * query depends on how deep it nests, never on how many rows come back.
 */
class BatchLoadingTests extends FixtureGraphTest {

	@Test
	void shouldSendTheSameNumberOfStatementsForTenOrSixtyBases() {
		givenBases(10);
		long forTen = statementsFor("nestedTestBases");
		givenBases(60);
		long forSixty = statementsFor("nestedTestBases");
		// one statement for the page with district, covers, chain and operators read along; piloted (its ties
		// carry a year) is batch loaded, and so are the owners of the results reached through it
		assertThat(forTen).isEqualTo(3);
		assertThat(forSixty).isEqualTo(forTen);
	}

	private void givenBases(int count) {
		replaceGraph("""
				CREATE (:District {code: '350582', name: '晋江市'})
				CREATE (chain:Entity:IndustryChain {id: 'chain-1', name: '新能源', source: 'SYNTHETIC'})
				WITH chain
				UNWIND $numbers AS i
				CREATE (link:Entity:ChainLink {id: 'link-' + i, name: '环节' + i, stage: 'MIDSTREAM', source: 'SYNTHETIC'})-[:PART_OF]->(chain)
				CREATE (base:Entity:TestBase {id: 'base-' + i, name: '基地' + i, status: 'OPERATING', source: 'SYNTHETIC'})-[:COVERS]->(link)
				CREATE (org:Entity:Institute {id: 'inst-' + i, name: '研究院' + i, source: 'SYNTHETIC'})<-[:OPERATED_BY {role: 'LEAD'}]-(base)
				CREATE (base)-[:PILOTED {year: 2024}]->(:Entity:Result {id: 'res-' + i, name: '成果' + i, maturity: 'PILOT', source: 'SYNTHETIC'})-[:OWNED_BY]->(org)
				WITH base MATCH (d:District {code: '350582'}) CREATE (base)-[:LOCATED_IN]->(d)
				""", Map.of("numbers", IntStream.rangeClosed(1, count).boxed().toList()));
	}

	/** Statements the database ran for the request, counted by the database itself. */
	private long statementsFor(String documentName) {
		return new StatementCounter(this.driver).count(() -> this.graphQl.documentName(documentName)
			.execute()
			.path("testBases.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(9));
	}

}
