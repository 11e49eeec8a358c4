package city.quanzhou.pilotgraph.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Services read inside {@code @Transactional(readOnly = true)}: such a transaction must reach Neo4j in read
 * access mode, which is what lets a routing driver send it to a secondary. A single server proves the mode
 * by refusing a write in it.
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

}
