package city.quanzhou.pilotgraph.fuzz;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated reads, anonymous, against the seed data (mutations are generated too and must be refused
 * cleanly, since this client holds no token). Writes are fuzzed in {@link MutationFuzzTests}.
 */
class SchemaFuzzTests extends SeededGraphTest {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void shouldAnswerEveryGeneratedOperationWithoutServerErrorsLeaksOrHangs() throws Exception {
		List<String> ids = this.neo4j.executableQuery("MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id")
			.execute().records().stream().map((r) -> r.get("id").asString()).toList();
		var generator = new OperationGenerator(this.graphQlSource.schema(), FuzzCampaign.SEED, ids, 15);

		var outcome = new FuzzCampaign(this.port, null).run(generator, FuzzCampaign.OPERATIONS);

		assertThat(outcome.sent()).isGreaterThanOrEqualTo(FuzzCampaign.OPERATIONS);
		// anonymous, the campaign is refused every field that needs a role (a growing share as the schema grows): of
		// the rest, a sixth or more must reach the resolvers and come back with data
		assertThat(outcome.answeredWithData()).as("responses with data")
			.isGreaterThan((outcome.sent() - outcome.refusedForRole()) / 6);
		assertThat(outcome.findings()).withFailMessage(() -> outcome.report()).isEmpty();
	}

}
