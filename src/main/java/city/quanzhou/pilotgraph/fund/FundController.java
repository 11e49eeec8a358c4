package city.quanzhou.pilotgraph.fund;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService.Tie;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.FilteredTies;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.entity.TieSource;

@Controller
class FundController {

	private final EntityService entities;

	FundController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<Fund> funds(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.FUND, Fund.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@SchemaMapping(typeName = "Fund", field = "investments")
	CompletableFuture<List<Investment>> investments(Fund parent, @Argument List<TieSource> sources,
			DataLoader<FilteredTies.Request, List<Tie>> filteredTies) {
		return FilteredTies.load(filteredTies, parent, Relation.INVESTS_IN, true, sources,
				(tie) -> new Investment(parent, tie.neighbour(), tie.decimal("amount"), tie.integer("year"), tie.source(),
						tie.sourceNote()));
	}

}
