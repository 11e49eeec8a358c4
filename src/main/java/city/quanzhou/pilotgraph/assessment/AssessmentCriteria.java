package city.quanzhou.pilotgraph.assessment;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One version of the criteria: each criterion's weight in points out of 100. Versions are never changed; a
 * change adds the next version.
 */
public record AssessmentCriteria(int version, List<Weight> weights, String note, String createdBy,
		ZonedDateTime createdAt) {

	public record Weight(Criterion criterion, double weight) {
	}

	double weightOf(Criterion criterion) {
		return this.weights.stream().filter((weight) -> weight.criterion() == criterion).mapToDouble(Weight::weight)
			.findFirst().orElse(0);
	}

}
