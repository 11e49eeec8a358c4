package city.quanzhou.pilotgraph.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures count as the database being away or busy, and which work may be run again after them. */
class SafeRetriesTests {

	private static final String UNAVAILABLE = ServiceErrorType.UNAVAILABLE.name();

	private static final String TRANSIENT = ServiceErrorType.TRANSIENT.name();

	@Test
	void shouldRetryQueriesAfterAnyPassingDatabaseFailure() {
		var query = graphql.language.OperationDefinition.Operation.QUERY;
		assertThat(SafeRetries.safeToRepeat(query, List.of(UNAVAILABLE))).isTrue();
		assertThat(SafeRetries.safeToRepeat(query, List.of("BAD_REQUEST", TRANSIENT))).isTrue();
		assertThat(SafeRetries.safeToRepeat(query, List.of("BAD_REQUEST"))).isFalse();
		assertThat(SafeRetries.safeToRepeat(query, List.of("INTERNAL_ERROR"))).isFalse();
		assertThat(SafeRetries.safeToRepeat(query, List.of())).isFalse();
	}

	@Test
	void shouldNeverRepeatAMutationAtTheRequestLevel() {
		// the editors repeat their own transaction when the database rolled it back (RetriedTransactions)
		var mutation = graphql.language.OperationDefinition.Operation.MUTATION;
		assertThat(SafeRetries.safeToRepeat(mutation, List.of(TRANSIENT))).isFalse();
		assertThat(SafeRetries.safeToRepeat(mutation, List.of(UNAVAILABLE))).isFalse();
		assertThat(SafeRetries.safeToRepeat(null, List.of(UNAVAILABLE))).isFalse();
	}

	@Test
	void shouldTellTheDatabaseBeingAwayFromOtherFailures() {
		var down = new CannotCreateTransactionException("begin", new ServiceUnavailableException("refused"));
		assertThat(DatabaseFailures.classify(down)).contains(ServiceErrorType.UNAVAILABLE);
		assertThat(DatabaseFailures.classify(new ClientException("Unable to acquire connection from the pool within configured maximum time of 5000ms")))
			.contains(ServiceErrorType.UNAVAILABLE);
		assertThat(DatabaseFailures.classify(new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")))
			.contains(ServiceErrorType.TRANSIENT);
		// a transaction ended by its time limit would only run as long again
		assertThat(DatabaseFailures.classify(new TransientException("Neo.TransientError.Transaction.Terminated", "ended")))
			.isEmpty();
		assertThat(DatabaseFailures.classify(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isEmpty();
		assertThat(DatabaseFailures.classify(new IllegalStateException("bug"))).isEmpty();
	}

}
