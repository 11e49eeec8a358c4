package city.quanzhou.pilotgraph.system;

import java.util.Optional;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Tells which failures are the database being away or busy rather than a fault in the request or in our
 * code. The driver's exceptions arrive wrapped by Spring's transaction and data-access layers, so the whole
 * chain of causes is read.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	public static Optional<ServiceErrorType> classify(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
				return Optional.of(ServiceErrorType.UNAVAILABLE);
			}
			if (cause instanceof ClientException client && client.getMessage() != null
					&& client.getMessage().startsWith("Unable to acquire connection")) {
				// the pool stayed full for the whole acquisition timeout
				return Optional.of(ServiceErrorType.UNAVAILABLE);
			}
			if (cause instanceof Neo4jException failed && failed.getMessage() != null
					&& failed.getMessage().startsWith("Connection pool pending acquisition queue is full")) {
				// more requests waiting for a connection than the driver queues: the pool is the bottleneck
				return Optional.of(ServiceErrorType.UNAVAILABLE);
			}
			if (cause instanceof DatabaseException failed && "Neo.DatabaseError.Transaction.TransactionStartFailed".equals(failed.code())) {
				// the database refuses to start transactions: it has panicked (a full disk, say) and awaits a restart,
				// which liveness asks for (EmbeddedNeo4jHealth), or it is shutting down
				return Optional.of(ServiceErrorType.UNAVAILABLE);
			}
			if (cause instanceof TransientException transientFailure && !endedOnPurpose(transientFailure)) {
				return Optional.of(ServiceErrorType.TRANSIENT);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return Optional.empty();
	}

	/** A transaction ended by its time limit or by an operator would only run as long again: not transient. */
	private static boolean endedOnPurpose(Neo4jException failure) {
		String code = failure.code() == null ? "" : failure.code();
		return code.contains("Terminated") || code.contains("TimedOut") || code.contains("Timeout");
	}

}
