package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * For the benchmark: what {@link SearchService} sends to the database for a search without filters other than
 * kinds, and the model it embeds with, so that the harness can run the same work straight against the database,
 * and the texts the service embeds for its entities, to time the bare model on them.
 */
public final class SearchCypher {

	public static final String VECTOR = SearchQueries.vector(EntityProjection.WHOLE);

	public static final String FULLTEXT = SearchQueries.fulltext(EntityProjection.WHOLE);

	public static final String EXACT_NAME = SearchQueries.exactName(EntityProjection.WHOLE);

	/**
	 * The three rankings in one statement, as a hybrid search with words to search for sends them (a query
	 * asking a base's service of a subject adds a fourth, the bases on the subject's links).
	 */
	public static final String HYBRID = SearchQueries.hybrid(EntityProjection.WHOLE, true, false);

	/** The hybrid statement of a query with no words left to search for. */
	public static final String HYBRID_WITHOUT_WORDS = SearchQueries.hybrid(EntityProjection.WHOLE, false, false);

	private final EmbeddingService model = new EmbeddingService(new SearchProperties(false, true));

	/**
	 * The parameters of the search statements, built as {@code SearchService.rank} builds them, including the
	 * query's embedding (so the caller's timing includes it, as the service's does) and the candidates drawn. A
	 * {@code query} of null means no words to search for ({@link #HYBRID_WITHOUT_WORDS}).
	 */
	public Map<String, Object> parameters(String text, List<String> kindLabels, int first) {
		boolean named = kindLabels != null && !kindLabels.isEmpty();
		Map<String, Object> parameters = SearchService.filters(named ? kindLabels : SearchService.ACTOR_LABELS, null,
				null, null);
		// drawn as the service draws: the larger number at once for the kinds asked for, else adaptively
		parameters.putAll(SearchService.draws(first, named));
		String stripped = text.strip();
		String expanded = QueryTerms.expand(stripped);
		SearchService.putTerms(parameters, stripped, this.model.embedQuery(expanded), SearchService.fulltextQuery(expanded),
				null);
		return parameters;
	}

	/** A query's vector as the service computes it (no instruction, the default). */
	public float[] queryVector(String text) {
		return this.model.embedQuery(QueryTerms.expand(text.strip()));
	}

	public List<float[]> embedAll(List<String> texts) {
		return this.model.embedAll(texts);
	}

	/** Every entity's text as the service embeds it now (enriched, the default), in id order. */
	public List<String> entityTexts(Driver driver) {
		// only texts are read here, no vectors: no seed file
		EntityEmbeddings embeddings = new EntityEmbeddings(GraphSessions.standalone(driver), this.model,
				new SeedEmbeddings(this.model, () -> null), new SearchProperties(false, true));
		List<String> texts = new ArrayList<>();
		embeddings.allTexts(true).forEach((text) -> texts.add(text.text()));
		return texts;
	}

}
