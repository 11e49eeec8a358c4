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
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.EntityService.Tie;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.FilteredTies;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.entity.TieSource;
import city.quanzhou.pilotgraph.fund.Investment;
import city.quanzhou.pilotgraph.park.Park;

/**
 * The fields of {@code Enterprise} that lead to entities of another kind.
 */
@Controller
class EnterpriseTies {

	private final EntityService entities;

	EnterpriseTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping
	Map<Enterprise, Park> park(List<Enterprise> enterprises) {
		return this.entities.neighbour(enterprises, Relation.IN_PARK, true, Park.class);
	}

	@SchemaMapping(typeName = "Enterprise", field = "contracts")
	CompletableFuture<List<TechnologyContract>> contracts(Enterprise parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.TRANSFERRED_TO, false, sources,
				(tie) -> new TechnologyContract(tie.neighbour(), parent, tie.decimal("amount"), tie.integer("year"),
						tie.source(), tie.sourceNote()));
	}

	@BatchMapping
	Map<Enterprise, List<ChainLink>> chainLinks(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.ACTIVE_IN, true, ChainLink.class);
	}

	@SchemaMapping(typeName = "Enterprise", field = "cooperations")
	CompletableFuture<List<Cooperation>> cooperations(Enterprise parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.COOPERATES_WITH, false, sources,
				(tie) -> new Cooperation(tie.neighbour(), parent, tie.integer("projects"), tie.integer("firstYear"),
						tie.integer("lastYear"), tie.source(), tie.sourceNote()));
	}

	@BatchMapping
	Map<Enterprise, List<Demand>> demands(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.POSTED, true, Demand.class);
	}

	@SchemaMapping(typeName = "Enterprise", field = "investments")
	CompletableFuture<List<Investment>> investments(Enterprise parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.INVESTS_IN, false, sources,
				(tie) -> new Investment(tie.neighbour(), parent, tie.decimal("amount"), tie.integer("year"), tie.source(),
						tie.sourceNote()));
	}

	@BatchMapping
	Map<Enterprise, List<TestBase>> operatedBases(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.OPERATED_BY, false, TestBase.class);
	}

	@BatchMapping
	Map<Enterprise, List<BaseServiceRecord>> servicesReceived(List<Enterprise> enterprises) {
		return this.entities.neighbourTies(enterprises, Relation.SERVED, false,
				(enterprise, tie) -> new BaseServiceRecord(tie.neighbour(), enterprise, tie.integer("year"),
						tie.integer("projects"), tie.source(), tie.sourceNote()));
	}

	@BatchMapping
	Map<Enterprise, List<Broker>> servedBy(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.SERVES, false, Broker.class);
	}

}
