package city.quanzhou.pilotgraph.fund;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * A fund's investment in an enterprise or a base; amount in 万元.
 */
public record Investment(Fund fund, GraphEntity target, Double amount, Integer year) {
}
