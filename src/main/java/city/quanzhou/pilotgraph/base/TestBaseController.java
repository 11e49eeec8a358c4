package city.quanzhou.pilotgraph.base;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.district.District;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.park.Park;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.fund.Investment;

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
	Map<TestBase, Park> park(List<TestBase> bases) {
		return this.entities.neighbour(bases, Relation.IN_PARK, true, Park.class);
	}

	@BatchMapping
	Map<TestBase, List<ChainLink>> covers(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.COVERS, true, ChainLink.class);
	}

	@BatchMapping
	Map<TestBase, List<GraphEntity>> operators(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.OPERATED_BY, true, GraphEntity.class);
	}

	@BatchMapping
	Map<TestBase, List<PilotRecord>> piloted(List<TestBase> bases) {
		return this.entities.neighbourTies(bases, Relation.PILOTED, true,
				(base, tie) -> new PilotRecord(base, tie.neighbour(), tie.integer("year")));
	}

	@BatchMapping
	Map<TestBase, List<BaseServiceRecord>> servicesGiven(List<TestBase> bases) {
		return this.entities.neighbourTies(bases, Relation.SERVED, true,
				(base, tie) -> new BaseServiceRecord(base, tie.neighbour(), tie.integer("year"),
						tie.integer("projects")));
	}

	@BatchMapping
	Map<TestBase, List<Investment>> investments(List<TestBase> bases) {
		return this.entities.neighbourTies(bases, Relation.INVESTS_IN, false,
				(base, tie) -> new Investment(tie.neighbour(), base, tie.decimal("amount"), tie.integer("year")));
	}

	@BatchMapping
	Map<TestBase, List<Broker>> servedBy(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.SERVES, false, Broker.class);
	}

}
