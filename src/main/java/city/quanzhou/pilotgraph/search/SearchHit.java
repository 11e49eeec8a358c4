package city.quanzhou.pilotgraph.search;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/** One search answer; a higher score is a better hit. */
public record SearchHit(double score, GraphEntity entity) {
}
