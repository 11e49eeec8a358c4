package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.entity.EntityService.Tie;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.FilteredTies;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.entity.TieSource;
import city.quanzhou.pilotgraph.result.Result;

/**
 * The fields of {@code Result} that lead to entities of another kind.
 */
@Controller
class ResultTies {

	private final EntityService entities;

	ResultTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping
	Map<Result, List<ChainLink>> chainLinks(List<Result> results) {
		return this.entities.neighbours(results, Relation.APPLIES_TO, true, ChainLink.class);
	}

	@SchemaMapping(typeName = "Result", field = "pilotedBy")
	CompletableFuture<List<PilotRecord>> pilotedBy(Result parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.PILOTED, false, sources,
				(tie) -> new PilotRecord(tie.neighbour(), parent, tie.integer("year"), tie.source(), tie.sourceNote()));
	}

	@SchemaMapping(typeName = "Result", field = "contracts")
	CompletableFuture<List<TechnologyContract>> contracts(Result parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.TRANSFERRED_TO, true, sources,
				(tie) -> new TechnologyContract(parent, tie.neighbour(), tie.decimal("amount"), tie.integer("year"),
						tie.source(), tie.sourceNote()));
	}

}
