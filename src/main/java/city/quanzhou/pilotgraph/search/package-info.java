/**
 * Search by meaning and by words: BGE embeddings in a vector index, a cjk full-text index, fused by
 * reciprocal rank fusion; and the upkeep of embeddings as entities are written.
 */
package city.quanzhou.pilotgraph.search;
