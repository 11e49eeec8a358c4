package city.quanzhou.pilotgraph.matching;

import java.util.List;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/** A result or an institute that could solve a demand (揭榜挂帅), with why. */
public record SolverMatch(double score, GraphEntity solver, List<String> reasons) {
}
