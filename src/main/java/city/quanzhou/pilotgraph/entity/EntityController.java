package city.quanzhou.pilotgraph.entity;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code entity(id)}: any entity by id.
 */
@Controller
class EntityController {

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	GraphEntity entity(@Argument String id, DataFetchingEnvironment environment) {
		return this.entities.findById(id, EntityProjection.of(environment), Prefetched.of(environment)).orElse(null);
	}

}
