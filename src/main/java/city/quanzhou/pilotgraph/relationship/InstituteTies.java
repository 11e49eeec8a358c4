package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.institute.Institute;

/**
 * The fields of {@code Institute} that lead to entities of another kind.
 */
@Controller
class InstituteTies {

	private final EntityService entities;

	InstituteTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping
	Map<Institute, List<Cooperation>> cooperations(List<Institute> institutes) {
		return this.entities.neighbourTies(institutes, Relation.COOPERATES_WITH, true,
				(institute, tie) -> new Cooperation(institute, tie.neighbour(), tie.integer("projects"),
						tie.integer("firstYear"), tie.integer("lastYear")));
	}

	@BatchMapping
	Map<Institute, List<TestBase>> operatedBases(List<Institute> institutes) {
		return this.entities.neighbours(institutes, Relation.OPERATED_BY, false, TestBase.class);
	}

	@BatchMapping
	Map<Institute, List<DemandSolution>> solvedDemands(List<Institute> institutes) {
		return this.entities.neighbourTies(institutes, Relation.SOLVES, true,
				(institute, tie) -> new DemandSolution(tie.neighbour(), institute, tie.integer("year"),
						tie.decimal("funding")));
	}

	@BatchMapping
	Map<Institute, List<Broker>> servedBy(List<Institute> institutes) {
		return this.entities.neighbours(institutes, Relation.SERVES, false, Broker.class);
	}

}
