package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.entity.EntityService.Tie;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.FilteredTies;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.entity.TieSource;
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

	@SchemaMapping(typeName = "Institute", field = "cooperations")
	CompletableFuture<List<Cooperation>> cooperations(Institute parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.COOPERATES_WITH, true, sources,
				(tie) -> new Cooperation(parent, tie.neighbour(), tie.integer("projects"), tie.integer("firstYear"),
						tie.integer("lastYear"), tie.source(), tie.sourceNote()));
	}

	@BatchMapping
	Map<Institute, List<TestBase>> operatedBases(List<Institute> institutes) {
		return this.entities.neighbours(institutes, Relation.OPERATED_BY, false, TestBase.class);
	}

	@BatchMapping
	Map<Institute, List<DemandSolution>> solvedDemands(List<Institute> institutes) {
		return this.entities.neighbourTies(institutes, Relation.SOLVES, true,
				(institute, tie) -> new DemandSolution(tie.neighbour(), institute, tie.integer("year"),
						tie.decimal("funding"), tie.source(), tie.sourceNote()));
	}

	@BatchMapping
	Map<Institute, List<Broker>> servedBy(List<Institute> institutes) {
		return this.entities.neighbours(institutes, Relation.SERVES, false, Broker.class);
	}

}
