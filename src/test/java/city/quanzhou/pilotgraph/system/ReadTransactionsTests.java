package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.entity.GraphReads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Reads reach Neo4j in read access mode, which is what lets a routing driver send them to a secondary: inside
 * {@code @Transactional(readOnly = true)}, and as auto-commit statements of {@link GraphReads}. A single server
 * proves the mode by refusing a write in it. Inside a write transaction, {@link GraphReads} reads in it.
 */
class ReadTransactionsTests extends FixtureGraphTest {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void shouldOpenReadOnlyTransactionsInReadAccessMode() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		assertThatException().isThrownBy(() -> readOnly.executeWithoutResult(
				(status) -> this.neo4j.query("CREATE (:ReadModeProbe)").run()))
			.withMessageContaining("read access mode");
		assertThat(this.neo4j.query("MATCH (p:ReadModeProbe) RETURN count(p)").fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void shouldWriteInWriteTransactions() {
		TransactionTemplate readWrite = new TransactionTemplate(this.transactions);
		readWrite.executeWithoutResult((status) -> this.neo4j.query("CREATE (:ReadModeProbe)").run());
		assertThat(this.neo4j.query("MATCH (p:ReadModeProbe) RETURN count(p)").fetchAs(Long.class).one()).contains(1L);
		this.neo4j.query("MATCH (p:ReadModeProbe) DELETE p").run();
	}

	@Autowired
	GraphReads reads;

	@Test
	void shouldRunAReadOfItsOwnInReadAccessMode() {
		assertThatException().isThrownBy(() -> this.reads.list("CREATE (p:ReadModeProbe) RETURN p", Map.of(),
				(row) -> row.get("p")))
			.withMessageContaining("read access mode");
		assertThat(this.neo4j.query("MATCH (p:ReadModeProbe) RETURN count(p)").fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void shouldReadWithinTheWriteTransactionItIsCalledIn() {
		TransactionTemplate readWrite = new TransactionTemplate(this.transactions);
		List<Long> seen = readWrite.execute((status) -> {
			this.neo4j.query("CREATE (:ReadModeProbe)").run();
			List<Long> counted = this.reads.list("MATCH (p:ReadModeProbe) RETURN count(p) AS n", Map.of(),
					(row) -> row.get("n").asLong());
			status.setRollbackOnly();
			return counted;
		});
		assertThat(seen).containsExactly(1L);
		assertThat(this.neo4j.query("MATCH (p:ReadModeProbe) RETURN count(p)").fetchAs(Long.class).one()).contains(0L);
	}

}
