package city.quanzhou.pilotgraph.entity;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code entity(id)}: any entity by id, or by the id of one merged into it.
 */
@Controller
class EntityController {

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	GraphEntity entity(@Argument String id, DataFetchingEnvironment environment) {
		// the id of an entity merged into another answers the survivor
		return this.entities.findById(id, EntityProjection.of(environment), Prefetched.of(environment))
			.or(() -> this.entities.survivorOf(id)
				.flatMap((survivor) -> this.entities.findById(survivor, EntityProjection.of(environment),
						Prefetched.of(environment))))
			.orElse(null);
	}

}
