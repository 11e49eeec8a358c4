/**
 * Search by meaning and by words: BGE embeddings in a vector index, a cjk full-text index, fused by
 * reciprocal rank fusion; and the upkeep of embeddings: writers queue what they change in the graph, a
 * background job embeds it.
 */
package city.quanzhou.pilotgraph.search;
