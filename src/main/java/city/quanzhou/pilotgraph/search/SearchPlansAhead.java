package city.quanzhou.pilotgraph.search;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.system.PlansAhead;

/**
 * The hybrid search without filters, with and without words to search for, planned ahead: read whole (for callers
 * other than GraphQL) and read as a GraphQL request selecting its hits' {@code entity { id kind name }} and not
 * their {@code match} reads them (the contract's Search; a request's selection makes its statement text), also
 * with the ranking of bases on a subject's links that a query asking a base's service of a subject adds. Planning
 * such a text at its first use took 2.4–5 s at 1,000,000 nodes, on a fresh JVM.
 */
@Component
class SearchPlansAhead implements PlansAhead {

	@Override
	public List<Statement> statements() {
		EntityProjection named = SearchService.withRankingFields(EntityProjection.NAMED, false);
		return List.of(
				new Statement("search", SearchQueries.hybrid(EntityProjection.WHOLE, true, false), parameters(true, false)),
				new Statement("search without words", SearchQueries.hybrid(EntityProjection.WHOLE, false, false),
						parameters(false, false)),
				new Statement("search, hits named", SearchQueries.hybrid(named, true, false), parameters(true, false)),
				new Statement("search without words, hits named", SearchQueries.hybrid(named, false, false),
						parameters(false, false)),
				new Statement("search for a subject's bases, hits named", SearchQueries.hybrid(named, true, true),
						parameters(true, true)));
	}

	/**
	 * The parameters as a search with no filters sends them, no more: Neo4j keys a cached plan by the statement's
	 * text and the types of the parameters given, so a plan made with one parameter too many is not the one a
	 * search finds (the first search of a fresh service then took 2.7–3.2 s at 1,000,000 nodes, the next 0.2 s).
	 */
	private static Map<String, Object> parameters(boolean withWords, boolean withSubject) {
		Map<String, Object> parameters = SearchService.filters(SearchService.ACTOR_LABELS, null, null, null);
		parameters.putAll(SearchService.draws(10, false));
		SearchService.putTerms(parameters, "", new float[EmbeddingService.DIMENSIONS], withWords ? "" : null,
				withSubject ? "" : null);
		return parameters;
	}

}
