package city.quanzhou.pilotgraph.editing;

import java.util.List;

/**
 * The answer to a delete: the id that is gone, or the errors that kept it, or the proposal it waits as.
 */
public record DeletePayload(String deletedId, List<FieldError> errors, Proposal proposal) {

	static DeletePayload failed(List<FieldError> errors) {
		return new DeletePayload(null, List.copyOf(errors), null);
	}

	static DeletePayload pending(Proposal proposal) {
		return new DeletePayload(null, List.of(), proposal);
	}

}
