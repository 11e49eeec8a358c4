package city.quanzhou.pilotgraph.fund;

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

	@BatchMapping
	Map<Fund, List<Investment>> investments(List<Fund> funds) {
		return this.entities.neighbourTies(funds, Relation.INVESTS_IN, true,
				(fund, tie) -> new Investment(fund, tie.neighbour(), tie.decimal("amount"), tie.integer("year")));
	}

}
