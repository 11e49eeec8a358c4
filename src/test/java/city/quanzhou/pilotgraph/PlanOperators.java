package city.quanzhou.pilotgraph;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.summary.Plan;

/** The operators of a plan, depth first, without their runtime suffix ({@code Expand(All)@neo4j}). */
public final class PlanOperators {

	private PlanOperators() {
	}

	public static List<String> of(Plan plan) {
		List<String> operators = new ArrayList<>();
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach((child) -> operators.addAll(of(child)));
		return operators;
	}

}
