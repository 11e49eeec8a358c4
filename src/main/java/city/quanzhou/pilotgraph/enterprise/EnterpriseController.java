package city.quanzhou.pilotgraph.enterprise;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.BaseServiceRecord;
import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.district.District;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.fund.Investment;
import city.quanzhou.pilotgraph.institute.Cooperation;
import city.quanzhou.pilotgraph.park.Park;
import city.quanzhou.pilotgraph.result.TechnologyContract;

@Controller
class EnterpriseController {

	private final EntityService entities;

	EnterpriseController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<Enterprise> enterprises(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.ENTERPRISE, Enterprise.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@BatchMapping
	Map<Enterprise, District> district(List<Enterprise> enterprises) {
		return this.entities.districts(enterprises);
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
