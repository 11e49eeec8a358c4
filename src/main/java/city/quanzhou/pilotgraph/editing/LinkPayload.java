package city.quanzhou.pilotgraph.editing;

import java.util.List;

import city.quanzhou.pilotgraph.entity.District;
import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * The answer to making or removing a tie: its two ends (a district for LOCATED_IN), or the errors, or the
 * proposal the change waits as.
 */
public record LinkPayload(String type, GraphEntity from, GraphEntity to, District district, List<FieldError> errors,
		Proposal proposal) {

	static LinkPayload failed(List<FieldError> errors) {
		return new LinkPayload(null, null, null, null, List.copyOf(errors), null);
	}

	static LinkPayload pending(Proposal proposal) {
		return new LinkPayload(null, null, null, null, List.of(), proposal);
	}

}
