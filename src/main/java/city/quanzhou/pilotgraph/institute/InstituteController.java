package city.quanzhou.pilotgraph.institute;

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
class InstituteController {

	private final EntityService entities;

	InstituteController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<Institute> institutes(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.INSTITUTE, Institute.class, filter, orderBy, first, after, PageSelection.of(environment));
	}

	@BatchMapping
	Map<Institute, District> district(List<Institute> institutes) {
		return this.entities.districts(institutes);
	}

}
