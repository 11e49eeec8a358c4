package city.quanzhou.pilotgraph.editing;

import java.util.List;

/**
 * The answer to a delete: the id that is gone, or the errors that kept it.
 */
public record DeletePayload(String deletedId, List<FieldError> errors) {

	static DeletePayload failed(List<FieldError> errors) {
		return new DeletePayload(null, List.copyOf(errors));
	}

}
