package city.quanzhou.pilotgraph.coverage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.SeededGraphTest;
import city.quanzhou.pilotgraph.StatementCounter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.ChangeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage answers are kept until the change log moves: a repeated request costs one look-up of the log's
 * head, a committed change makes the next request read the graph again, and what that change wrote is in the
 * answer at once.
 */
class CoverageCacheTests extends SeededGraphTest {

	private static final String PROBE = "res-coverage-cache-probe";

	@Test
	void shouldAnswerARepeatedRequestFromTheKeptRowsAfterOneLookUpOfTheChangeLog() {
		Map<?, ?> first = newEnergyCoverage();
		List<String> statements = statements(this::newEnergyCoverage);
		assertThat(statements).hasSize(1);
		assertThat(statements.getFirst()).contains("ChangeLog");
		assertThat(newEnergyCoverage()).isEqualTo(first);
	}

	@Test
	void shouldReadTheGraphAgainOnceAChangeIsCommitted() {
		Map<?, ?> before = newEnergyCoverage();
		appendChange(Change.ofEntity(ChangeType.UPDATED, "chain-new-energy", EntityKind.INDUSTRY_CHAIN), null);
		List<String> statements = statements(() -> assertThat(newEnergyCoverage()).isEqualTo(before));
		// the query collector groups statements by text, in no set order: one is the head, the other the analytic
		assertThat(statements).hasSize(2)
			.anySatisfy((statement) -> assertThat(statement).contains("ChangeLog").doesNotContain("waitingResultCount"))
			.anySatisfy((statement) -> assertThat(statement).contains("waitingResultCount"));
	}

	@Test
	void shouldShowWhatACommittedChangeWroteAtOnce() {
		int waiting = waitingResults(newEnergyCoverage());
		appendChange(Change.ofEntity(ChangeType.CREATED, PROBE, EntityKind.RESULT), """
				MATCH (l:ChainLink {id: 'link-ne-anode'})
				CREATE (:Entity:Result {id: $id, name: '缓存探针成果', needsPilot: true, maturity: 'LAB'})-[:APPLIES_TO]->(l)
				""");
		try {
			assertThat(waitingResults(newEnergyCoverage())).isEqualTo(waiting + 1);
		}
		finally {
			appendChange(Change.ofEntity(ChangeType.DELETED, PROBE, EntityKind.RESULT),
					"MATCH (r:Result {id: $id}) DETACH DELETE r");
		}
		assertThat(waitingResults(newEnergyCoverage())).isEqualTo(waiting);
	}

	private Map<?, ?> newEnergyCoverage() {
		return this.graphQl.documentName("chainCoverage")
			.variable("chainId", "chain-new-energy")
			.execute()
			.path("chainCoverage[0]")
			.entity(Map.class)
			.get();
	}

	private static int waitingResults(Map<?, ?> coverage) {
		return ((Number) coverage.get("waitingResultCount")).intValue();
	}

	/** A write beside the service that announces itself in the change log in its own transaction, as the service's do. */
	private void appendChange(Change change, String write) {
		try (Session session = this.neo4j.session()) {
			session.executeWriteWithoutResult((tx) -> {
				if (write != null) {
					tx.run(write, Map.of("id", PROBE)).consume();
				}
				ChangeLog.append(tx, change, "test");
			});
		}
	}

	private List<String> statements(Runnable work) {
		return new StatementCounter(this.neo4j).statements(work);
	}

}
