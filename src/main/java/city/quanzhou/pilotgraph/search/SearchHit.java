package city.quanzhou.pilotgraph.search;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * One search answer; a higher score is a better hit (0 to 1 for the hybrid search, see {@link SearchScale}).
 * {@code embedded}: the entity's embedding is up to date with its text (until then only its words find it).
 */
public record SearchHit(double score, GraphEntity entity, boolean embedded, SearchMatch match) {
}
