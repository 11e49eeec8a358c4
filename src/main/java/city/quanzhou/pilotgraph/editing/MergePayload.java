package city.quanzhou.pilotgraph.editing;

import java.util.List;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * The answer to a merge: the survivor as it now is and how many ties it took over, or the errors (and then
 * nothing was changed).
 */
public record MergePayload(GraphEntity survivor, String mergedId, long tiesMoved, List<FieldError> errors) {

	static MergePayload failed(List<FieldError> errors) {
		return new MergePayload(null, null, 0, List.copyOf(errors));
	}

}
