package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.institute.Institute;

/**
 * An institute that took up (揭榜) a demand, with the funding in 万元.
 */
public record DemandSolution(Demand demand, Institute solver, Integer year, Double funding) {
}
