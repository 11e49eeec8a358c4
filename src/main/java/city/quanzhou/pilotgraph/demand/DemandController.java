package city.quanzhou.pilotgraph.demand;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;

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

	@BatchMapping
	Map<Demand, Enterprise> postedBy(List<Demand> demands) {
		return this.entities.neighbour(demands, Relation.POSTED, false, Enterprise.class);
	}

	@BatchMapping
	Map<Demand, List<ChainLink>> chainLinks(List<Demand> demands) {
		return this.entities.neighbours(demands, Relation.ON_LINK, true, ChainLink.class);
	}

	@BatchMapping
	Map<Demand, List<DemandSolution>> solutions(List<Demand> demands) {
		return this.entities.neighbourTies(demands, Relation.SOLVES, false,
				(demand, tie) -> new DemandSolution(demand, tie.neighbour(), tie.integer("year"),
						tie.decimal("funding")));
	}

}
