package city.quanzhou.pilotgraph.fund;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * A fund's investment in an enterprise or a base; amount in 万元.
 * {@code source} says where the tie's fact comes from (a TieSource name), {@code sourceNote} cites it.
 */
public record Investment(Fund fund, GraphEntity target, Double amount, Integer year, String source, String sourceNote) {
}
