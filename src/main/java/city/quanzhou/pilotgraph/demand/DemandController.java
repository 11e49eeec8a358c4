package city.quanzhou.pilotgraph.demand;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.PageSelection;

@Controller
class DemandController {

	private final EntityService entities;

	DemandController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<Demand> demands(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.DEMAND, Demand.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

}
