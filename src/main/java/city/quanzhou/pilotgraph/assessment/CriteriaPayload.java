package city.quanzhou.pilotgraph.assessment;

import java.util.List;

/**
 * The answer to a change of the criteria: the new version, or the errors that kept it from being written.
 */
public record CriteriaPayload(AssessmentCriteria criteria, List<CriteriaError> errors) {

	public record CriteriaError(String field, String message) {
	}

}
