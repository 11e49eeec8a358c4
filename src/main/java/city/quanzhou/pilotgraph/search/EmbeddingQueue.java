package city.quanzhou.pilotgraph.search;

import java.util.Collection;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where writers queue entities for embedding, in their own write transaction: the queue is the label
 * {@code :EmbeddingPending} in the graph, so an entity and its place in the queue commit or roll back together
 * and the queue survives a restart. {@code embeddingRequest} counts the times an entity was queued, so that the
 * job never takes off the queue an entity written again after it read its text.
 * <p>
 * Bulk writers (the import) mark in their own Cypher with {@link #MARK}'s SET clause.
 */
@Component
public class EmbeddingQueue {

	/** The SET clause that queues {@code n}; writers of their own Cypher use the same. */
	public static final String MARK = "SET n:EmbeddingPending, n.embeddingRequest = coalesce(n.embeddingRequest, 0) + 1";

	/**
	 * The entities whose embedded text names these ones: a link's name is in the texts of the bases covering
	 * it, the results applying to it, the enterprises and demands on it; a chain's name is in its links' texts
	 * and in theirs. Queued too; the job re-embeds only those whose text did change.
	 */
	private static final String QUEUE = """
			UNWIND $ids AS wanted
			MATCH (n:Entity {id: wanted})
			CALL (n) {
			  OPTIONAL MATCH (n:ChainLink)<-[:COVERS|APPLIES_TO|ON_LINK|ACTIVE_IN]-(onLink:Entity)
			  RETURN collect(onLink) AS onLinks
			}
			CALL (n) {
			  OPTIONAL MATCH (n:IndustryChain)<-[:PART_OF]-(link:ChainLink)
			  OPTIONAL MATCH (link)<-[:COVERS|APPLIES_TO|ON_LINK|ACTIVE_IN]-(onChainLink:Entity)
			  RETURN collect(DISTINCT link) + collect(DISTINCT onChainLink) AS onChain
			}
			UNWIND [n] + onLinks + onChain AS queued
			WITH DISTINCT queued AS n
			%s
			""".formatted(MARK);

	private final Neo4jClient neo4j;

	private final EmbeddingJob job;

	EmbeddingQueue(Neo4jClient neo4j, EmbeddingJob job) {
		this.neo4j = neo4j;
		this.job = job;
	}

	/**
	 * Queues these entities (and those whose text names them) in the caller's Spring-managed write
	 * transaction, and wakes the job once it commits. Unknown ids are skipped.
	 */
	public void queueInCurrentTransaction(Collection<String> ids) {
		this.neo4j.query(QUEUE).bind(ids.stream().distinct().toList()).to("ids").run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					EmbeddingQueue.this.job.wake();
				}
			});
		}
		else {
			this.job.wake();
		}
	}

}
