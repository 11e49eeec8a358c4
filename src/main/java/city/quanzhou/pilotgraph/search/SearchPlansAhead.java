package city.quanzhou.pilotgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.system.PlansAhead;

/** The hybrid search without filters, with and without words to search for, planned ahead. */
@Component
class SearchPlansAhead implements PlansAhead {

	@Override
	public List<Statement> statements() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("labels", SearchService.ACTOR_LABELS);
		parameters.put("status", null);
		parameters.put("districtCode", null);
		parameters.put("chainId", null);
		parameters.putAll(SearchService.draws(10, false));
		parameters.put("text", "");
		parameters.put("query", "");
		parameters.put("vector", new float[EmbeddingService.DIMENSIONS]);
		return List.of(new Statement("search", SearchQueries.hybrid(EntityProjection.WHOLE, true, false), parameters),
				new Statement("search without words", SearchQueries.hybrid(EntityProjection.WHOLE, false, false),
						parameters));
	}

}
