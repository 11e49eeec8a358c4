package city.quanzhou.pilotgraph.search;

/**
 * The Cypher behind {@link SearchService}. Both index calls are bounded by {@code $candidates}; filters
 * run on those candidates only. Labels come from {@code EntityKind} through the {@code $labels} parameter.
 */
final class SearchQueries {

	private SearchQueries() {
	}

	/** The filters every candidate must pass; each is "{@code $x IS NULL OR ...}". */
	private static final String FILTERS = """
			($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
			  AND ($status IS NULL OR n.status IN $status)
			  AND ($districtCode IS NULL
			     OR EXISTS { (n)-[:LOCATED_IN]->(:District {code: $districtCode}) }
			     OR EXISTS { (n)-[:OWNED_BY|WORKS_FOR]->()-[:LOCATED_IN]->(:District {code: $districtCode}) }
			     OR EXISTS { (n)<-[:POSTED]-()-[:LOCATED_IN]->(:District {code: $districtCode}) })
			  AND ($chainId IS NULL
			     OR n.id = $chainId
			     OR EXISTS { (n)-[:PART_OF]->(:IndustryChain {id: $chainId}) }
			     OR EXISTS { (n)-[:APPLIES_TO|COVERS|ACTIVE_IN|ON_LINK]->(:ChainLink)-[:PART_OF]->(:IndustryChain {id: $chainId}) }
			     OR EXISTS { (n)<-[:OWNED_BY]-(:Result)-[:APPLIES_TO]->(:ChainLink)-[:PART_OF]->(:IndustryChain {id: $chainId}) })""";

	/** Whether a candidate's vector is up to date with its text: it has one and is not queued for a new one. */
	private static final String EMBEDDED = "(n.embedding IS NOT NULL AND NOT n:EmbeddingPending)";

	/** Nearest neighbours by meaning. The index's score is (1 + cosine) / 2. */
	static final String VECTOR = """
			CALL db.index.vector.queryNodes('entity_embedding', $candidates, $vector) YIELD node AS n, score
			WITH n, score WHERE %s
			RETURN n, score, %s AS embedded ORDER BY score DESC
			""".formatted(FILTERS, EMBEDDED);

	/** Best matches by words (cjk bigrams over name, aliases and description). */
	static final String FULLTEXT = """
			CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $candidates}) YIELD node AS n, score
			WITH n, score WHERE %s
			RETURN n, score, %s AS embedded ORDER BY score DESC
			""".formatted(FILTERS, EMBEDDED);

	/**
	 * Entities whose name is exactly the text (index on :Entity(name), V0003). Exact aliases are caught
	 * among the candidates of the two indexes, where an alias's words always rank it.
	 */
	static final String EXACT_NAME = """
			MATCH (n:Entity) WHERE n.name = $text
			WITH n WHERE %s
			RETURN n, 1.0 AS score, %s AS embedded
			""".formatted(FILTERS, EMBEDDED);

	static final String DISTRICT = """
			MATCH (d:District) WHERE d.code = $key OR d.name = $key RETURN d.code AS code LIMIT 1
			""";

	static final String CHAIN_EXISTS = """
			RETURN EXISTS { MATCH (:IndustryChain {id: $chainId}) } AS found
			""";

}
