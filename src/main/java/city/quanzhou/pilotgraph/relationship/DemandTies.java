package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.Relation;

/**
 * The fields of {@code Demand} that lead to entities of another kind.
 */
@Controller
class DemandTies {

	private final EntityService entities;

	DemandTies(EntityService entities) {
		this.entities = entities;
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
						tie.decimal("funding"), tie.source(), tie.sourceNote()));
	}

}
