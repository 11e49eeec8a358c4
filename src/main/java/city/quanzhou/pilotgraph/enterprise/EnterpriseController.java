package city.quanzhou.pilotgraph.enterprise;

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
import city.quanzhou.pilotgraph.entity.PageSelection;

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

}
