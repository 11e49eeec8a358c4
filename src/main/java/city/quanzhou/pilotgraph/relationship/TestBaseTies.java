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
import city.quanzhou.pilotgraph.entity.EntityService.Tie;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.FilteredTies;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.entity.TieSource;
import city.quanzhou.pilotgraph.fund.Investment;
import city.quanzhou.pilotgraph.park.Park;

/**
 * The fields of {@code TestBase} that lead to entities of another kind.
 */
@Controller
class TestBaseTies {

	private final EntityService entities;

	TestBaseTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping
	Map<TestBase, Park> park(List<TestBase> bases) {
		return this.entities.neighbour(bases, Relation.IN_PARK, true, Park.class);
	}

	@SchemaMapping(typeName = "TestBase", field = "covers")
	CompletableFuture<List<ChainLink>> covers(TestBase parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.COVERS, true, sources,
				(tie) -> tie.<ChainLink>neighbour());
	}

	@SchemaMapping(typeName = "TestBase", field = "piloted")
	CompletableFuture<List<PilotRecord>> piloted(TestBase parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.PILOTED, true, sources,
				(tie) -> new PilotRecord(parent, tie.neighbour(), tie.integer("year"), tie.source(), tie.sourceNote()));
	}

	@BatchMapping
	Map<TestBase, List<BaseServiceRecord>> servicesGiven(List<TestBase> bases) {
		return this.entities.neighbourTies(bases, Relation.SERVED, true,
				(base, tie) -> new BaseServiceRecord(base, tie.neighbour(), tie.integer("year"),
						tie.integer("projects"), tie.source(), tie.sourceNote()));
	}

	@SchemaMapping(typeName = "TestBase", field = "investments")
	CompletableFuture<List<Investment>> investments(TestBase parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.INVESTS_IN, false, sources,
				(tie) -> new Investment(tie.neighbour(), parent, tie.decimal("amount"), tie.integer("year"), tie.source(),
						tie.sourceNote()));
	}

	@BatchMapping
	Map<TestBase, List<Broker>> servedBy(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.SERVES, false, Broker.class);
	}

}
