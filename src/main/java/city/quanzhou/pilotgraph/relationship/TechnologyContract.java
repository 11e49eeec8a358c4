package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.result.Result;

/**
 * A technology contract (技术合同) transferring a result to an enterprise; amount in 万元.
 */
public record TechnologyContract(Result result, Enterprise enterprise, Double amount, Integer year) {
}
