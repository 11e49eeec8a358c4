package city.quanzhou.pilotgraph.search;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * The Cypher behind {@link SearchService}. Each index call is bounded by {@code $candidates}, or by
 * {@code $moreCandidates} when drawn again; filters run on those candidates only. Labels come from
 * {@code EntityKind} through the {@code $labels} parameter.
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

	/**
	 * Whether a candidate's vector is up to date with its text: it has one and is not queued for a new one.
	 * Asked of the property's key: {@code n.embedding IS NOT NULL} loads the 512 floats of every candidate that
	 * has them, which took a third of a search's time at 1,000,000 entities (400 candidates a ranking: 33–46 ms
	 * against 26–28 ms).
	 */
	private static final String EMBEDDED = "('embedding' IN keys(n) AND NOT n:EmbeddingPending)";

	/**
	 * Nearest neighbours by meaning, {@code $candidates} of them, out of a walk of the index at least
	 * {@code $vectorWidth} wide. The index (HNSW) keeps as many entities on its walk as it is asked for, and a
	 * wider walk finds the nearest more often: at 1,000,000 entities, 200 wide against 100 put 0.916 of the exact
	 * ten in the first ten instead of 0.886 (docs/benchmarks.md), for about a millisecond, while the candidates
	 * read and ranked stay 100. The index's score is (1 + cosine) / 2.
	 */
	private static final String VECTOR_CALL = """
			CALL db.index.vector.queryNodes('entity_embedding', CASE WHEN %1$s < $vectorWidth THEN $vectorWidth ELSE %1$s END, $vector)
			  YIELD node AS n, score
			WITH n, score ORDER BY score DESC LIMIT %1$s
			""";

	/** Best matches by words (cjk bigrams over name, aliases and description), {@code $candidates} of them. */
	private static final String FULLTEXT_CALL = """
			CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: %s}) YIELD node AS n, score
			""";

	private static final String FILTERED_IN_ORDER = """
			WITH n, score WHERE %s
			WITH n, score ORDER BY score DESC
			""".formatted(FILTERS);

	private static final String VECTOR = VECTOR_CALL.formatted("$candidates") + FILTERED_IN_ORDER;

	private static final String FULLTEXT = FULLTEXT_CALL.formatted("$candidates") + FILTERED_IN_ORDER;

	/**
	 * Entities whose name is exactly the text (index on :Entity(name), V0003). Exact aliases are caught
	 * among the candidates of the two indexes, where an alias's words always rank it.
	 */
	private static final String EXACT_NAME = """
			MATCH (n:Entity) WHERE n.name = $text
			WITH n, 1.0 AS score WHERE %s
			""".formatted(FILTERS);

	/**
	 * Bases on the links a query's subject names: the links whose own text matches the subject's words, or
	 * that the best-matching results and demands are on (光刻胶 is in the text of 半导体材料与电子化学品 and of
	 * the KrF photoresist results on it), the best three of them, and the bases covering
	 * them, ordered by the summed scores of the links they cover (a base on several of them first). A base's own text rarely names every material it pilots;
	 * its links do.
	 */
	private static final String SUBJECT_BASES = """
			CALL db.index.fulltext.queryNodes('entity_text', $subject, {limit: 30}) YIELD node AS m, score
			OPTIONAL MATCH (m)-[:APPLIES_TO|ON_LINK]->(via:ChainLink)
			WITH CASE WHEN m:ChainLink THEN m ELSE via END AS link, score
			WITH link, max(score) AS score WHERE link IS NOT NULL
			WITH link, score ORDER BY score DESC LIMIT 3
			MATCH (n:TestBase)-[:COVERS]->(link)
			WITH n, sum(score) AS score WHERE %s
			WITH n, score ORDER BY score DESC, n.id
			""".formatted(FILTERS);

	/** One ranking on its own (for the evaluation), one row per candidate: {@code n} and {@code score}. */
	static String vector(EntityProjection projection) {
		return VECTOR + "RETURN " + projection.cypher("n") + " AS n, score, " + EMBEDDED + " AS embedded";
	}

	static String fulltext(EntityProjection projection) {
		return FULLTEXT + "RETURN " + projection.cypher("n") + " AS n, score, " + EMBEDDED + " AS embedded";
	}

	static String exactName(EntityProjection projection) {
		return EXACT_NAME + "RETURN " + projection.cypher("n") + " AS n, score, " + EMBEDDED + " AS embedded";
	}

	/**
	 * The rankings a hybrid search fuses, in one statement: each a list of {@code {n, score, embedded}} in its
	 * order. Without words to search for ({@code withWords} false) the ranking by words is left out; without
	 * a subject asked a service of ({@code withSubject} false, see {@link QueryTerms#subject}), the bases on
	 * the subject's links.
	 */
	static String hybrid(EntityProjection projection, boolean withWords, boolean withSubject) {
		return hybrid(projection, true, withWords, withSubject);
	}

	/**
	 * The same, and without the ranking by meaning when {@code withMeaning} is false: while the vector index is
	 * not online ({@link VectorIndexState}), which a query on it would wait for.
	 */
	static String hybrid(EntityProjection projection, boolean withMeaning, boolean withWords, boolean withSubject) {
		String fields = "n: " + projection.cypher("n") + ", score: score, embedded: " + EMBEDDED;
		String candidate = "{" + fields + "}";
		boolean corrected = withMeaning && withWords;
		// compared by id when the word candidates join the ranking by meaning (a projection may leave the id out)
		String meaningCandidate = corrected ? "{" + fields + ", id: n.id}" : candidate;
		String wordCandidate = corrected ? "{" + fields + ", id: n.id, meaning: " + MEANING + "}" : candidate;
		return "CYPHER 25\n" + (withMeaning ? drawn(VECTOR_CALL, meaningCandidate, "byMeaning") : "")
				+ (withWords ? drawn(FULLTEXT_CALL, wordCandidate, "byWords") : "")
				+ (corrected ? MISSED_BY_MEANING : "")
				+ (withSubject ? "CALL () {\n" + SUBJECT_BASES + "RETURN collect(" + candidate + ") AS bySubject\n}\n" : "")
				+ "CALL () {\n" + EXACT_NAME + "RETURN collect(" + candidate + ") AS exactNames\n}\n"
				+ "RETURN " + (corrected ? "nearest" : withMeaning ? "byMeaning" : "[]") + " AS byMeaning, "
				+ (withWords ? "byWords" : "[]") + " AS byWords, " + (withSubject ? "bySubject" : "[]")
				+ " AS bySubject, exactNames";
	}

	/**
	 * A word candidate's closeness in meaning to the query, on the vector index's scale ((1 + cosine) / 2); null
	 * without a vector.
	 */
	private static final String MEANING = "CASE WHEN 'embedding' IN keys(n) THEN vector.similarity.cosine(n.embedding, $vector) END";

	/**
	 * The ranking by meaning, with the word candidates the vector index missed: those closer to the query than the
	 * last of its own, in their place. The index is approximate (HNSW), and at 1,000,000 entities its walk
	 * sometimes ends beside the nearest entities instead of among them (docs/benchmarks.md: a tenth of the exact
	 * ten lost with 200 candidates); the entities that share the query's words are often those, and their vectors
	 * are compared exactly here. On an exact answer (a small graph) no word candidate is closer than the last, so
	 * nothing changes.
	 */
	static final String MISSED_BY_MEANING = """
			CALL (byMeaning, byWords) {
			  WITH byMeaning, [w IN byWords WHERE w.meaning IS NOT NULL] AS measured,
			       CASE WHEN size(byMeaning) > 0 THEN byMeaning[-1].score END AS last
			  UNWIND byMeaning + [w IN measured WHERE w.meaning > last
			      AND none(m IN byMeaning WHERE m.id = w.id) | {n: w.n, score: w.meaning, embedded: w.embedded}] AS c
			  WITH c ORDER BY c.score DESC
			  RETURN collect(c) AS nearest
			}
			""";

	/**
	 * One index's ranking, drawn twice if need be: {@code $candidates} first; when the index had that many and
	 * the filters kept fewer than {@code $enough} of them, {@code $moreCandidates} again. A search that names
	 * no kinds is filtered to the actors, which filled a draw of 100 in the L graph (the draw of 400 took half
	 * the statement's time there), while in a small graph the policy records can crowd the nearest hundred.
	 * {@code $enough} of 0 never draws again.
	 */
	private static String drawn(String indexCall, String candidate, String name) {
		return """
				CALL () {
				%1$s\
				WITH n, score, %2$s AS kept
				ORDER BY score DESC
				RETURN collect(CASE WHEN kept THEN %3$s END) AS %4$sKept, count(*) AS %4$sDrawn
				}
				CALL (%4$sKept, %4$sDrawn) {
				  WHEN %4$sDrawn < $candidates OR size(%4$sKept) >= $enough THEN RETURN %4$sKept AS %4$s
				  ELSE {
				%5$s\
				%6$s\
				RETURN collect(%3$s) AS %4$s
				  }
				}
				""".formatted(indexCall.formatted("$candidates"), FILTERS, candidate, name,
				indexCall.formatted("$moreCandidates"), FILTERED_IN_ORDER);
	}

	static final String DISTRICT = """
			MATCH (d:District) WHERE d.code = $key OR d.name = $key RETURN d.code AS code LIMIT 1
			""";

}
