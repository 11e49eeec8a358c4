package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.result.Result;

/**
 * A technology contract (技术合同) transferring a result to an enterprise; amount in 万元.
 * {@code source} says where the tie's fact comes from (a TieSource name), {@code sourceNote} cites it.
 */
public record TechnologyContract(Result result, Enterprise enterprise, Double amount, Integer year, String source, String sourceNote) {
}
