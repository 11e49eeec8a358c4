package city.quanzhou.pilotgraph.editing;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.system.DatabaseFailures;
import city.quanzhou.pilotgraph.system.ServiceErrorType;

/**
 * A write transaction that is run again when the database ends it with a transient error. Two editors
 * writing at once can deadlock on a node their entities share (two bases of one district both replace their
 * LOCATED_IN tie to that district's node); Neo4j then rolls one transaction back whole and says the error is
 * transient. Nothing of it was written, so running the same work again is safe: it reads the version anew and
 * refuses a stale one as it would have the first time. A few attempts with a short random pause, then the
 * error goes to the caller.
 */
public final class RetriedTransactions {

	private static final Logger log = LoggerFactory.getLogger(RetriedTransactions.class);

	static final int ATTEMPTS = 6;

	private final TransactionTemplate template;

	public RetriedTransactions(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
	}

	public <T> T execute(TransactionCallback<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// joined to a caller's transaction (a reviewer's approval): a transient error has ended that one
			// too, so only the caller can run its work again
			return this.template.execute(work);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return this.template.execute(work);
			}
			catch (TransientDataAccessException ex) {
				// Spring calls a lost connection transient too, but then the commit may have happened: a create
				// run again would make a second entity. Only a transaction the database rolled back is repeated.
				if (attempt == ATTEMPTS || DatabaseFailures.classify(ex).orElse(null) != ServiceErrorType.TRANSIENT) {
					throw ex;
				}
				log.debug("Write transaction ended by a transient error, attempt {} of {}: {}", attempt, ATTEMPTS,
						ex.getMessage());
				pause(attempt);
			}
		}
	}

	/** A random pause that grows with the attempt, so that the two writers do not collide again in step. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted before retrying a write", ex);
		}
	}

}
