package city.quanzhou.pilotgraph.result;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Page;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.result.ResultService.OwnedResultsKey;

@Controller
class ResultController {

	private final EntityService entities;

	ResultController(EntityService entities, ResultService results, BatchLoaderRegistry registry) {
		this.entities = entities;
		registry.<OwnedResultsKey, Connection<Result>>forName("ownedResults")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> results.ownedResults(keys)));
	}

	@QueryMapping
	Connection<Result> results(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.RESULT, Result.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	// the owner is typed as any entity: this package reads results and does not need the owners' kinds
	@SchemaMapping(typeName = "Institute", field = "results")
	CompletableFuture<Connection<Result>> instituteResults(GraphEntity owner, @Argument Integer first,
			@Argument String after, DataLoader<OwnedResultsKey, Connection<Result>> ownedResults) {
		return ownedResults.load(new OwnedResultsKey(owner.id(), Page.of(first, after)));
	}

	@SchemaMapping(typeName = "Enterprise", field = "results")
	CompletableFuture<Connection<Result>> enterpriseResults(GraphEntity owner, @Argument Integer first,
			@Argument String after, DataLoader<OwnedResultsKey, Connection<Result>> ownedResults) {
		return ownedResults.load(new OwnedResultsKey(owner.id(), Page.of(first, after)));
	}

	@BatchMapping
	Map<Result, List<GraphEntity>> owners(List<Result> results) {
		return this.entities.neighbours(results, Relation.OWNED_BY, true, GraphEntity.class);
	}

}
