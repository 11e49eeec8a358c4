package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.park.Park;

/**
 * The fields of {@code Park} that lead to entities of another kind.
 */
@Controller
class ParkTies {

	private final EntityService entities;

	ParkTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping
	Map<Park, List<TestBase>> testBases(List<Park> parks) {
		return this.entities.neighbours(parks, Relation.IN_PARK, false, TestBase.class);
	}

	@BatchMapping
	Map<Park, List<Enterprise>> enterprises(List<Park> parks) {
		return this.entities.neighbours(parks, Relation.IN_PARK, false, Enterprise.class);
	}

	@BatchMapping
	Map<Park, List<TestBase>> operatedBases(List<Park> parks) {
		return this.entities.neighbours(parks, Relation.OPERATED_BY, false, TestBase.class);
	}

}
