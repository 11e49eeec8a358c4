// The vector index anew: full-precision vectors (no quantisation) and 32 links a node (m) instead of 16.
// V0002 named only the dimensions and the similarity, so Neo4j 2026.08 built it with its defaults: binary codes,
// m 16, ef_construction 100. On the million entities of size L its walk often ended beside the nearest entities
// instead of among them (recall@10 0.895 with 100 candidates; synthetic texts come in clusters of near-copies that
// the walk could not enter). Measured on a copy of L (docs/benchmarks.md): with 100 candidates, binary m 16 took
// 15.4 ms an index call for 0.895, unquantised m 16 6.9 ms for 0.853, unquantised m 32 4.8 ms for 0.886, and
// search's ranking by meaning (a 200-wide walk and the word candidates the index missed) 0.966 on the last.
// Rebuilding took 9.4 minutes at L on one core (12.8 beside a build); meanwhile search ranks by words
// (VectorIndexState).
DROP INDEX entity_embedding IF EXISTS;
CREATE VECTOR INDEX entity_embedding IF NOT EXISTS
FOR (n:Entity) ON n.embedding
OPTIONS { indexConfig: {
  `vector.dimensions`: 512,
  `vector.similarity_function`: 'cosine',
  `vector.quantization.type`: 'NONE',
  `vector.hnsw.m`: 32,
  `vector.hnsw.ef_construction`: 100
} };
