// The embedding queue: an entity whose embedding is not up to date with its text carries :EmbeddingPending
// (set in the same transaction as the write) until the background job has embedded it. The job pages
// through the queue in id order, so it never rescans the graph.
CREATE INDEX embedding_pending_id IF NOT EXISTS FOR (n:EmbeddingPending) ON (n.id);
// Entities written before the queue existed and never embedded join it, once, when this migration runs.
MATCH (n:Entity) WHERE n.embedding IS NULL SET n:EmbeddingPending;
