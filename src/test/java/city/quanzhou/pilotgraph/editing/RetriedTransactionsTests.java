package city.quanzhou.pilotgraph.editing;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which failed writes are run again: one the database rolled back (a deadlock), never one whose connection
 * was lost, where the commit may have happened. Spring translates both to the same transient exception, so
 * the cause decides. (ConcurrentEditsTests shows the deadlock case against the real database.)
 */
class RetriedTransactionsTests {

	private final RetriedTransactions transactions = new RetriedTransactions(new NoResourceTransactions());

	@Test
	void shouldRunAgainAWriteTheDatabaseRolledBack() {
		AtomicInteger attempts = new AtomicInteger();
		String result = this.transactions.execute((status) -> {
			if (attempts.incrementAndGet() < 3) {
				throw new TransientDataAccessResourceException("deadlock",
						new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
			}
			return "written";
		});
		assertThat(result).isEqualTo("written");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void shouldNotRunAgainAWriteWhoseConnectionWasLost() {
		AtomicInteger attempts = new AtomicInteger();
		assertThatExceptionOfType(TransientDataAccessResourceException.class).isThrownBy(() -> this.transactions
			.execute((status) -> {
				attempts.incrementAndGet();
				throw new TransientDataAccessResourceException("gone", new ServiceUnavailableException("connection lost"));
			}));
		assertThat(attempts).hasValue(1);
	}

	/** Transaction demarcation with no resource behind it: only the retry logic is under test here. */
	private static final class NoResourceTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
