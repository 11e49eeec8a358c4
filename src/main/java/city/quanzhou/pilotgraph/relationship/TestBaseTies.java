package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.Relation;
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

	@BatchMapping
	Map<TestBase, List<ChainLink>> covers(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.COVERS, true, ChainLink.class);
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
