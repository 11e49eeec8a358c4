package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.institute.Institute;

/**
 * An institute that took up (揭榜) a demand, with the funding in 万元.
 * {@code source} says where the tie's fact comes from (a TieSource name), {@code sourceNote} cites it.
 */
public record DemandSolution(Demand demand, Institute solver, Integer year, Double funding, String source, String sourceNote) {
}
