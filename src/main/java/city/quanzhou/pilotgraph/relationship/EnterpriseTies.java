package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.fund.Investment;
import city.quanzhou.pilotgraph.park.Park;

/**
 * The fields of {@code Enterprise} that lead to entities of another kind.
 */
@Controller
class EnterpriseTies {

	private final EntityService entities;

	EnterpriseTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping
	Map<Enterprise, Park> park(List<Enterprise> enterprises) {
		return this.entities.neighbour(enterprises, Relation.IN_PARK, true, Park.class);
	}

	@BatchMapping
	Map<Enterprise, List<TechnologyContract>> contracts(List<Enterprise> enterprises) {
		return this.entities.neighbourTies(enterprises, Relation.TRANSFERRED_TO, false,
				(enterprise, tie) -> new TechnologyContract(tie.neighbour(), enterprise, tie.decimal("amount"),
						tie.integer("year")));
	}

	@BatchMapping
	Map<Enterprise, List<ChainLink>> chainLinks(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.ACTIVE_IN, true, ChainLink.class);
	}

	@BatchMapping
	Map<Enterprise, List<Cooperation>> cooperations(List<Enterprise> enterprises) {
		return this.entities.neighbourTies(enterprises, Relation.COOPERATES_WITH, false,
				(enterprise, tie) -> new Cooperation(tie.neighbour(), enterprise, tie.integer("projects"),
						tie.integer("firstYear"), tie.integer("lastYear")));
	}

	@BatchMapping
	Map<Enterprise, List<Demand>> demands(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.POSTED, true, Demand.class);
	}

	@BatchMapping
	Map<Enterprise, List<Investment>> investments(List<Enterprise> enterprises) {
		return this.entities.neighbourTies(enterprises, Relation.INVESTS_IN, false,
				(enterprise, tie) -> new Investment(tie.neighbour(), enterprise, tie.decimal("amount"),
						tie.integer("year")));
	}

	@BatchMapping
	Map<Enterprise, List<TestBase>> operatedBases(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.OPERATED_BY, false, TestBase.class);
	}

	@BatchMapping
	Map<Enterprise, List<BaseServiceRecord>> servicesReceived(List<Enterprise> enterprises) {
		return this.entities.neighbourTies(enterprises, Relation.SERVED, false,
				(enterprise, tie) -> new BaseServiceRecord(tie.neighbour(), enterprise, tie.integer("year"),
						tie.integer("projects")));
	}

	@BatchMapping
	Map<Enterprise, List<Broker>> servedBy(List<Enterprise> enterprises) {
		return this.entities.neighbours(enterprises, Relation.SERVES, false, Broker.class);
	}

}
