package city.quanzhou.pilotgraph.search;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * One search answer; a higher score is a better hit. {@code embedded}: the entity's embedding is up to date
 * with its text (until then only its words find it).
 */
public record SearchHit(double score, GraphEntity entity, boolean embedded) {
}
