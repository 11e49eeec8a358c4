package city.quanzhou.pilotgraph.fuzz;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated operations, mostly mutations, sent with an editor's token so that they reach validation and the
 * database: every one is either written or refused with a clear error. The graph is a small fixture that the
 * fuzzer may change at will.
 */
@Tag("integration")
class MutationFuzzTests extends FixtureGraphTest {

	/** Together with the reads in {@link SchemaFuzzTests} the suite sends 5,000 operations. */
	static final int OPERATIONS = Integer.getInteger("pilotgraph.fuzz.mutations", 1500);

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void shouldWriteOrClearlyRefuseEveryGeneratedMutation() throws Exception {
		replaceGraph("""
				CREATE (d:District {code: '350582', name: '晋江市'})
				CREATE (c:Entity:IndustryChain {id: 'chain-energy', name: '新能源', source: 'SYNTHETIC', version: 1})
				CREATE (l:Entity:ChainLink {id: 'link-cell', name: '电芯', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})
				CREATE (c)-[:HAS_LINK]->(l)
				CREATE (i:Entity:Institute {id: 'inst-a', name: '甲研究院', type: 'RESEARCH_INSTITUTE', source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(d)
				CREATE (e:Entity:Enterprise {id: 'ent-a', name: '甲公司', source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(d)
				CREATE (b:Entity:TestBase {id: 'base-a', name: '晋江中试基地', status: 'OPERATING', openToPublic: true,
				        source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(d)
				CREATE (b)-[:COVERS]->(l)
				CREATE (r:Entity:Result {id: 'res-a', name: '电芯成果', maturity: 'LAB', needsPilot: true, source: 'SYNTHETIC', version: 1})
				CREATE (i)-[:OWNS]->(r), (r)-[:APPLIES_TO]->(l)
				""");
		List<String> ids = List.of("chain-energy", "link-cell", "inst-a", "ent-a", "base-a", "res-a", "350582");
		var generator = new OperationGenerator(this.graphQlSource.schema(), FuzzCampaign.SEED + 1, ids, 70);

		var outcome = new FuzzCampaign(this.port, EDITOR).run(generator, OPERATIONS);

		assertThat(outcome.answeredWithData()).as("responses with data").isGreaterThan(outcome.sent() / 6);
		assertThat(outcome.findings()).withFailMessage(outcome::report).isEmpty();
	}

}
