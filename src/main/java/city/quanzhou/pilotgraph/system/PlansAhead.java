package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Map;

/**
 * Statements a feature has planned in the background once the service is ready ({@link PlanWarmUp}), so that
 * the first request does not pay for it: at 1,000,000 nodes the first planning of the bridging-broker search
 * took 4.7 s of its 5 s time limit on a fresh JVM, and 1.0–1.6 s once the planner's own code was compiled.
 * Each comes with parameters of the types a request binds, since a plan is kept per statement text and
 * parameter types.
 */
public interface PlansAhead {

	List<Statement> statements();

	/** A statement, the name it is logged under, and parameters of the types a request binds. */
	record Statement(String name, String cypher, Map<String, Object> parameters) {
	}

}
