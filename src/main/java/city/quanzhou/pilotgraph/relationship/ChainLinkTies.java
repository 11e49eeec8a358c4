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
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.EntityService.Tie;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.FilteredTies;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.entity.TieSource;
import city.quanzhou.pilotgraph.result.Result;

/**
 * The fields of {@code ChainLink} that lead to entities of another kind.
 */
@Controller
class ChainLinkTies {

	private final EntityService entities;

	ChainLinkTies(EntityService entities) {
		this.entities = entities;
	}

	@SchemaMapping(typeName = "ChainLink", field = "coveredBy")
	CompletableFuture<List<TestBase>> coveredBy(ChainLink parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.COVERS, false, sources,
				(tie) -> tie.<TestBase>neighbour());
	}

	@BatchMapping
	Map<ChainLink, List<Result>> results(List<ChainLink> links) {
		return this.entities.neighbours(links, Relation.APPLIES_TO, false, Result.class);
	}

	@BatchMapping
	Map<ChainLink, List<Enterprise>> enterprises(List<ChainLink> links) {
		return this.entities.neighbours(links, Relation.ACTIVE_IN, false, Enterprise.class);
	}

	@BatchMapping
	Map<ChainLink, List<Demand>> demands(List<ChainLink> links) {
		return this.entities.neighbours(links, Relation.ON_LINK, false, Demand.class);
	}

}
