package city.quanzhou.pilotgraph.review;

import java.util.List;

import city.quanzhou.pilotgraph.editing.FieldError;
import city.quanzhou.pilotgraph.editing.Proposal;

/**
 * The answer to approving or rejecting: the proposal as now closed, or the errors (and then nothing changed).
 */
public record ReviewPayload(Proposal proposal, List<FieldError> errors) {

	static ReviewPayload failed(List<FieldError> errors) {
		return new ReviewPayload(null, List.copyOf(errors));
	}

}
