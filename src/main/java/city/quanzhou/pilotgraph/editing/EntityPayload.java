package city.quanzhou.pilotgraph.editing;

import java.util.List;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * The answer to an upsert: the entity as written, or the errors that stopped it (and then no entity).
 */
public record EntityPayload(GraphEntity entity, List<FieldError> errors) {

	static EntityPayload failed(List<FieldError> errors) {
		return new EntityPayload(null, List.copyOf(errors));
	}

}
