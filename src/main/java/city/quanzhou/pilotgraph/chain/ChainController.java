package city.quanzhou.pilotgraph.chain;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;

@Controller
class ChainController {

	private final EntityService entities;

	ChainController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<IndustryChain> industryChains(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.INDUSTRY_CHAIN, IndustryChain.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@QueryMapping
	Connection<ChainLink> chainLinks(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.CHAIN_LINK, ChainLink.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@BatchMapping
	Map<IndustryChain, List<ChainLink>> links(List<IndustryChain> chains) {
		return this.entities.neighbours(chains, Relation.PART_OF, false, ChainLink.class);
	}

	@BatchMapping
	Map<ChainLink, IndustryChain> chain(List<ChainLink> links) {
		return this.entities.neighbour(links, Relation.PART_OF, true, IndustryChain.class);
	}

	@BatchMapping
	Map<ChainLink, List<ChainLink>> feeds(List<ChainLink> links) {
		return this.entities.neighbours(links, Relation.FEEDS, true, ChainLink.class);
	}

	@BatchMapping
	Map<ChainLink, List<ChainLink>> fedBy(List<ChainLink> links) {
		return this.entities.neighbours(links, Relation.FEEDS, false, ChainLink.class);
	}

}
