package city.quanzhou.pilotgraph.base;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.District;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;

@Controller
class TestBaseController {

	private final EntityService entities;

	TestBaseController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<TestBase> testBases(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.TEST_BASE, TestBase.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@BatchMapping
	Map<TestBase, District> district(List<TestBase> bases) {
		return this.entities.districts(bases);
	}

	@BatchMapping
	Map<TestBase, List<GraphEntity>> operators(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.OPERATED_BY, true, GraphEntity.class);
	}

}
