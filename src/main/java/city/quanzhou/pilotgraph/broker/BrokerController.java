package city.quanzhou.pilotgraph.broker;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.District;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.PageSelection;
import city.quanzhou.pilotgraph.entity.Relation;

@Controller
class BrokerController {

	private final EntityService entities;

	BrokerController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<Broker> brokers(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.BROKER, Broker.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@QueryMapping
	Connection<TransferAgency> transferAgencies(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.TRANSFER_AGENCY, TransferAgency.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@BatchMapping
	Map<Broker, TransferAgency> agency(List<Broker> brokers) {
		return this.entities.neighbour(brokers, Relation.WORKS_FOR, true, TransferAgency.class);
	}

	@BatchMapping
	Map<Broker, List<GraphEntity>> serves(List<Broker> brokers) {
		return this.entities.neighbours(brokers, Relation.SERVES, true, GraphEntity.class);
	}

	@BatchMapping
	Map<Broker, List<BrokeredDeal>> deals(List<Broker> brokers) {
		return this.entities.neighbourTies(brokers, Relation.BROKERED, true,
				(broker, tie) -> new BrokeredDeal(broker, tie.neighbour(), tie.integer("deals"),
						tie.integer("lastYear"), tie.source(), tie.sourceNote()));
	}

	@BatchMapping
	Map<TransferAgency, District> district(List<TransferAgency> agencies) {
		return this.entities.districts(agencies);
	}

	@BatchMapping
	Map<TransferAgency, List<Broker>> brokers(List<TransferAgency> agencies) {
		return this.entities.neighbours(agencies, Relation.WORKS_FOR, false, Broker.class);
	}

}
