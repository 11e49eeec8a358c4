package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.result.Result;

/**
 * The fields of {@code Result} that lead to entities of another kind.
 */
@Controller
class ResultTies {

	private final EntityService entities;

	ResultTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping
	Map<Result, List<ChainLink>> chainLinks(List<Result> results) {
		return this.entities.neighbours(results, Relation.APPLIES_TO, true, ChainLink.class);
	}

	@BatchMapping
	Map<Result, List<PilotRecord>> pilotedBy(List<Result> results) {
		return this.entities.neighbourTies(results, Relation.PILOTED, false,
				(result, tie) -> new PilotRecord(tie.neighbour(), result, tie.integer("year")));
	}

	@BatchMapping
	Map<Result, List<TechnologyContract>> contracts(List<Result> results) {
		return this.entities.neighbourTies(results, Relation.TRANSFERRED_TO, true,
				(result, tie) -> new TechnologyContract(result, tie.neighbour(), tie.decimal("amount"),
						tie.integer("year")));
	}

}
