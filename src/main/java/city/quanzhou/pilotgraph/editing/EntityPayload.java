package city.quanzhou.pilotgraph.editing;

import java.util.List;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * The answer to an upsert: the entity as written, or the errors that stopped it (and then no entity), or,
 * where an editor's writes are reviewed, the proposal the change now waits as (and nothing was written). A
 * create also warns of existing entities it may duplicate.
 */
public record EntityPayload(GraphEntity entity, List<FieldError> errors, Proposal proposal, List<FieldError> warnings) {

	EntityPayload(GraphEntity entity, List<FieldError> errors, Proposal proposal) {
		this(entity, errors, proposal, List.of());
	}

	static EntityPayload failed(List<FieldError> errors) {
		return new EntityPayload(null, List.copyOf(errors), null);
	}

	static EntityPayload pending(Proposal proposal) {
		return new EntityPayload(null, List.of(), proposal);
	}

	/** A create that went ahead (or waits for review) while it may duplicate existing entities. */
	EntityPayload warning(List<FieldError> duplicates) {
		return new EntityPayload(this.entity, this.errors, this.proposal, List.copyOf(duplicates));
	}

}
