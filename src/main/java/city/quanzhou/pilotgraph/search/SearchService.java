package city.quanzhou.pilotgraph.search;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.entity.Prefetched;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Search over every kind by meaning and by words together. Candidates come from the vector index (BGE
 * embeddings) and the full-text index (cjk bigrams); the two rankings are fused by reciprocal rank fusion,
 * which needs no calibration between a cosine and a Lucene score. An entity whose name or alias is exactly
 * the query goes first.
 */
@Service
public class SearchService {

	/** Longer texts are not search queries but documents; BGE's useful window is also short. */
	public static final int MAX_TEXT_LENGTH = 200;

	/** Rank offset of reciprocal rank fusion; 60 is the value of the original paper and works without tuning. */
	static final int RRF_K = 60;

	/** Factor on the fused score of an entity whose kind the query names (基地, 研究院...). */
	static final double KIND_BOOST = 1.5;

	/**
	 * Weight of the ranking of bases on the subject's links against the two direct rankings: it is
	 * evidence at one remove (the base's link, not the base, names the subject), so it counts half.
	 */
	static final double SUBJECT_WEIGHT = 0.5;

	/** Candidates a hybrid search draws from each index first. */
	static final int CANDIDATES = 100;

	/** How wide the vector index's walk is at least, for the candidates it gives ({@link SearchQueries}). */
	static final int VECTOR_WIDTH = 200;

	/**
	 * Candidates drawn when filters will drop many: at once for a search that names kinds, a status, a district
	 * or a chain, and again for one filtered to the actors alone when they kept fewer than three quarters of
	 * the first draw.
	 */
	static final int FILTERED_CANDIDATES = 400;

	/**
	 * The kinds a search that names none looks among: every actor, no policy record. The policy records' names
	 * repeat the bases' and can crowd the best hits of both indexes (in the seed graph, with 100 drawn, the base
	 * on 光刻胶's link lost first place to one that was not), so such a search draws again when they do.
	 */
	static final List<String> ACTOR_LABELS = java.util.Arrays.stream(EntityKind.values())
		.filter((kind) -> !kind.policyRecord())
		.map(EntityKind::label)
		.toList();

	/**
	 * How many candidates each index gives a search showing {@code first} hits: {@code candidates} first, and
	 * {@code moreCandidates} when the filters kept fewer than {@code enough} of them (0: never). A search
	 * {@code narrowed} by the searcher's own filters draws the larger number at once.
	 */
	static Map<String, Object> draws(int first, boolean narrowed) {
		int more = Math.max(FILTERED_CANDIDATES, first * 2);
		int candidates = narrowed ? more : Math.max(CANDIDATES, first * 2);
		return Map.of("candidates", candidates, "moreCandidates", more, "enough",
				(candidates < more) ? candidates * 3 / 4 : 0, "vectorWidth", VECTOR_WIDTH);
	}

	private static final Set<String> STATUSES = Set.of("PLANNED", "UNDER_CONSTRUCTION", "OPERATING", "SUSPENDED", "OPEN",
			"FUNDED", "SOLVED");

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private static final Pattern ASCII_WORD = Pattern.compile("[a-z][a-z0-9]{3,}");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final GraphReads reads;

	private final EntityService entities;

	private final EmbeddingService embeddings;

	private final VectorIndexState vectorIndex;

	private final MeterRegistry meters;

	private final Timer queryEmbedding;

	SearchService(GraphReads reads, EntityService entities, EmbeddingService embeddings, VectorIndexState vectorIndex,
			MeterRegistry meters) {
		this.reads = reads;
		this.entities = entities;
		this.embeddings = embeddings;
		this.vectorIndex = vectorIndex;
		this.meters = meters;
		this.queryEmbedding = Timer.builder("pilotgraph.search.embedding")
			.description("Time to embed a search query with the BGE model")
			.register(meters);
	}

	public List<SearchHit> search(SearchRequest request) {
		return search(request, SearchMethod.HYBRID);
	}

	public List<SearchHit> search(SearchRequest request, SearchMethod method) {
		return search(request, method, EntityProjection.WHOLE, null);
	}

	/**
	 * A search whose hits are read as {@code projection} asks (plus the names and aliases that ranking
	 * needs), their neighbours kept in {@code store}; a hybrid search is one statement.
	 */
	public List<SearchHit> search(SearchRequest request, SearchMethod method, EntityProjection projection,
			Prefetched store) {
		return search(request, method, projection, store, true);
	}

	/**
	 * The same, and whether the hits' {@link SearchHit#match} is wanted: without it, no candidate's description is
	 * read (only an explanation quotes it), and each hit's match is explained from its names alone.
	 */
	public List<SearchHit> search(SearchRequest request, SearchMethod method, EntityProjection projection,
			Prefetched store, boolean explained) {
		String text = validText(request.text());
		Timer.Sample sample = Timer.start(this.meters);
		List<SearchHit> hits = rank(text, parameters(request), Arguments.first("first", request.first()), method, null,
				new Reading(withRankingFields(projection, explained), store));
		sample.stop(Timer.builder("pilotgraph.search")
			.description("Time to answer a search, including the query's embedding")
			.tag("method", method.name().toLowerCase(java.util.Locale.ROOT))
			.register(this.meters));
		return hits;
	}

	/**
	 * What is read of every candidate: what the request selects, the names and aliases ranking needs, and the
	 * description that an explanation may quote when one is wanted. Of the 100–400 candidates a ranking draws, ten
	 * or so are answered, and a description is the largest of the three.
	 */
	static EntityProjection withRankingFields(EntityProjection selected, boolean explained) {
		return explained ? selected.with("name", "aliases", "description") : selected.with("name", "aliases");
	}

	/** For the evaluation: the same search with the query instruction switched on or off. */
	List<SearchHit> search(SearchRequest request, SearchMethod method, boolean queryInstruction) {
		String text = validText(request.text());
		return rank(text, parameters(request), Arguments.first("first", request.first()), method, queryInstruction,
				new Reading(EntityProjection.WHOLE, null));
	}

	private List<SearchHit> rank(String text, Map<String, Object> parameters, int first, SearchMethod method,
			Boolean queryInstruction, Reading reading) {
		boolean narrowed = !ACTOR_LABELS.equals(parameters.get("labels"))
				|| java.util.stream.Stream.of("status", "districtCode", "chainId").anyMatch((key) -> parameters.get(key) != null);
		// a single ranking (for the evaluation) is drawn once, as large as a narrowed search's
		parameters.putAll(draws(first, narrowed || method != SearchMethod.HYBRID));
		String expanded = QueryTerms.expand(text);
		String query = fulltextQuery(expanded);
		boolean byMeaning = method != SearchMethod.FULLTEXT && this.vectorIndex.online();
		if (method == SearchMethod.VECTOR && !byMeaning) {
			// only the evaluation asks for meaning alone; it must not measure a ranking by words instead
			throw new IllegalStateException("The vector index is not online: " + this.vectorIndex.status());
		}
		float[] vector = !byMeaning ? null
				: (queryInstruction == null) ? this.queryEmbedding.record(() -> this.embeddings.embedQuery(expanded))
						: this.embeddings.embedQuery(expanded, queryInstruction);
		Set<EntityKind> hintedKinds = QueryTerms.hintedKinds(expanded);
		// A subject asked a service of (光刻胶 小批量试制): the bases on the subject's links are a ranking too.
		String subject = hintedKinds.contains(EntityKind.TEST_BASE) ? fulltextQuery(QueryTerms.subject(expanded)) : null;
		putTerms(parameters, text, vector, query, subject);
		return switch (method) {
			// The vector index reports (1 + cosine) / 2; callers see the cosine itself.
			case VECTOR -> candidates(SearchQueries.vector(reading.projection()), parameters, reading).stream()
				.limit(first).map((c) -> new SearchHit(2 * c.score() - 1, c.entity(), c.embedded(),
						MatchExplainer.explain(c.entity(), normalise(text), expanded, 2 * c.score() - 1, false)))
				.toList();
			case FULLTEXT -> (query == null) ? List.of()
					: candidates(SearchQueries.fulltext(reading.projection()), parameters, reading).stream()
						.limit(first).map((c) -> new SearchHit(c.score(), c.entity(), c.embedded(),
								MatchExplainer.explain(c.entity(), normalise(text), expanded, null, true)))
						.toList();
			case HYBRID -> {
				Rankings rankings = this.reads
					.one(SearchQueries.hybrid(reading.projection(), byMeaning, query != null, subject != null), parameters,
							(row) -> new Rankings(ranking(row.get("byMeaning"), reading),
									ranking(row.get("byWords"), reading), ranking(row.get("bySubject"), reading),
									ranking(row.get("exactNames"), reading)))
					.orElseThrow();
				yield fuse(text, expanded, hintedKinds, rankings, first);
			}
		};
	}

	/** How the entities of a search are read, and where their neighbours are kept. */
	private record Reading(EntityProjection projection, Prefetched store) {
	}

	private List<SearchHit> fuse(String text, String expanded, Set<EntityKind> hintedKinds, Rankings rankings,
			int first) {
		List<Candidate> byMeaning = rankings.byMeaning();
		List<Candidate> byWords = rankings.byWords();
		Map<String, GraphEntity> entities = new LinkedHashMap<>();
		Map<String, Boolean> embedded = new HashMap<>();
		Map<String, Double> scores = new HashMap<>();
		List<List<Candidate>> fused = List.of(byMeaning, byWords, rankings.bySubject());
		double[] weights = { 1, 1, SUBJECT_WEIGHT };
		for (int which = 0; which < fused.size(); which++) {
			List<Candidate> ranking = fused.get(which);
			for (int rank = 0; rank < ranking.size(); rank++) {
				GraphEntity entity = ranking.get(rank).entity();
				entities.putIfAbsent(entity.id(), entity);
				embedded.putIfAbsent(entity.id(), ranking.get(rank).embedded());
				scores.merge(entity.id(), weights[which] / (RRF_K + rank + 1), Double::sum);
			}
		}
		// A word naming a kind (基地, 研究院, 基金...) is the searcher saying which kind they want.
		entities.values()
			.stream()
			.filter((entity) -> hintedKinds.contains(entity.kind()))
			.forEach((entity) -> scores.computeIfPresent(entity.id(), (id, score) -> score * KIND_BOOST));
		rankings.exactNames().forEach((candidate) -> {
			entities.putIfAbsent(candidate.entity().id(), candidate.entity());
			embedded.putIfAbsent(candidate.entity().id(), candidate.embedded());
		});
		String wanted = normalise(text);
		// every candidate's name and aliases, normalised once for the three comparisons below
		Map<String, List<String>> names = new HashMap<>();
		entities.values().forEach((entity) -> names.put(entity.id(), normalisedNames(entity)));
		// A name or alias that contains the whole query counts as a third ranking that put it first: 中科院
		// is in 中科院福建物构所, while 华中科大 only shares the bigram 中科.
		// An English query counts by its Chinese: Tianjin University Quanzhou is inside 天津大学泉州研究院.
		String chinese = normalise(expanded.substring(text.length()));
		for (String whole : (chinese.codePointCount(0, chinese.length()) >= 4) ? List.of(wanted, chinese) : List.of(wanted)) {
			if (whole.codePointCount(0, whole.length()) >= 2) {
				entities.values()
					.stream()
					.filter((entity) -> names.get(entity.id()).stream().anyMatch((name) -> name.contains(whole)))
					.forEach((entity) -> scores.merge(entity.id(), 1.0 / (RRF_K + 1), Double::sum));
			}
		}
		nearNames(wanted, names, scores);
		// An exact name or alias outranks any fused score (below 0.2) and a near name (+0.5).
		entities.values().stream()
			.filter((entity) -> names.get(entity.id()).contains(wanted))
			.forEach((entity) -> scores.merge(entity.id(), SearchScale.EXACT_BONUS, Double::sum));
		// The vector index reports (1 + cosine) / 2; a hit explains itself with the cosine.
		Map<String, Double> cosines = new HashMap<>();
		byMeaning.forEach((candidate) -> cosines.putIfAbsent(candidate.entity().id(), 2 * candidate.score() - 1));
		Set<String> foundByWords = new java.util.HashSet<>();
		byWords.forEach((candidate) -> foundByWords.add(candidate.entity().id()));
		Set<String> onSubjectLinks = new java.util.HashSet<>();
		rankings.bySubject().forEach((candidate) -> onSubjectLinks.add(candidate.entity().id()));
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
			.limit(first)
			.map((entry) -> {
				GraphEntity entity = entities.get(entry.getKey());
				SearchMatch match = MatchExplainer.explain(entity, wanted, expanded, cosines.get(entity.id()),
						foundByWords.contains(entity.id()));
				if (onSubjectLinks.contains(entity.id())) {
					List<MatchMethod> methods = new java.util.ArrayList<>(match.methods());
					methods.add(MatchMethod.SUBJECT_LINK);
					match = new SearchMatch(List.copyOf(methods), match.field(), match.snippet(), match.similarity());
				}
				return new SearchHit(SearchScale.readable(entry.getValue()), entity, embedded.get(entry.getKey()), match);
			})
			.toList();
	}

	private List<Candidate> candidates(String cypher, Map<String, Object> parameters, Reading reading) {
		return List.copyOf(this.reads.list(cypher, parameters,
				(row) -> new Candidate(reading.projection().read(row.get("n"), reading.store()),
					row.get("score").asDouble(), row.get("embedded").asBoolean())));
	}

	/** One ranking of the hybrid statement: a list of {@code {n, score}}. */
	private static List<Candidate> ranking(org.neo4j.driver.Value rows, Reading reading) {
		return rows.asList((value) -> new Candidate(reading.projection().read(value.get("n"), reading.store()),
				value.get("score").asDouble(), value.get("embedded").asBoolean()));
	}

	private record Rankings(List<Candidate> byMeaning, List<Candidate> byWords, List<Candidate> bySubject,
			List<Candidate> exactNames) {
	}

	/**
	 * A query a typo or two away from a whole name or alias (天津大学泉洲研究院) is that name misspelt: it goes
	 * above every fused score, below an exact name. One a typo away from a run of a name (深圳市创新投姿集团 in
	 * 深圳市创新投资集团有限公司) counts as containing it, as an exact run would. Short queries tolerate no typo
	 * ({@link NameDistance}).
	 */
	private static void nearNames(String wanted, Map<String, List<String>> namesById, Map<String, Double> scores) {
		int length = wanted.codePointCount(0, wanted.length());
		int tolerated = NameDistance.tolerated(length);
		int toleratedInside = NameDistance.toleratedInside(length);
		if (tolerated == 0) {
			return;
		}
		for (Map.Entry<String, List<String>> entry : namesById.entrySet()) {
			List<String> names = entry.getValue();
			if (names.contains(wanted)) {
				continue;
			}
			if (names.stream().anyMatch((name) -> NameDistance.distance(wanted, name) <= tolerated)) {
				scores.merge(entry.getKey(), SearchScale.NEAR_BONUS, Double::sum);
			}
			else if (names.stream().noneMatch((name) -> name.contains(wanted))
					&& names.stream().anyMatch((name) -> NameDistance.infixDistance(name, wanted) <= toleratedInside)) {
				scores.merge(entry.getKey(), 1.0 / (RRF_K + 1), Double::sum);
			}
		}
	}

	/** An entity's name, then its aliases, as {@link #normalise} leaves them. */
	private static List<String> normalisedNames(GraphEntity entity) {
		List<String> names = new java.util.ArrayList<>(1 + entity.aliases().size());
		names.add(normalise(entity.name()));
		entity.aliases().forEach((alias) -> names.add(normalise(alias)));
		return names;
	}

	/**
	 * The user's text as a Lucene query: lower-cased (so AND / OR / NOT are words, not operators), every
	 * special character escaped, plus a fuzzy clause for each longer Latin word so that small typos in
	 * English names still match. Null when nothing searchable is left.
	 */
	static String fulltextQuery(String text) {
		String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
		if (lower.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return null;
		}
		StringBuilder query = new StringBuilder(LUCENE_SPECIAL.matcher(lower).replaceAll("\\\\$0"));
		Matcher words = ASCII_WORD.matcher(lower);
		while (words.find()) {
			query.append(' ').append(words.group()).append("~1");
		}
		return query.toString();
	}

	static String normalise(String text) {
		return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT))
			.replaceAll("");
	}

	private Map<String, Object> parameters(SearchRequest request) {
		List<EntityKind> kinds = request.kinds();
		List<String> status = request.status();
		if (status != null) {
			for (String value : status) {
				if (!STATUSES.contains(value)) {
					throw new InvalidArgumentException("status",
							"unknown status '" + value + "'; choose among " + STATUSES.stream().sorted().toList());
				}
			}
		}
		return filters((kinds == null || kinds.isEmpty()) ? ACTOR_LABELS : kinds.stream().map(EntityKind::label).toList(),
				(status == null || status.isEmpty()) ? null : List.copyOf(status), districtCode(request.district()),
				chain(request.chainId()));
	}

	/**
	 * A search statement's filters, each null when not asked for ({@code labels} always set: the actors when no kind
	 * is named). With {@link #draws} and {@link #putTerms}, every parameter a search binds, and no other: the plans
	 * made ahead ({@code SearchPlansAhead}) are found only by a request that binds the same names and types.
	 */
	static Map<String, Object> filters(List<String> labels, List<String> status, String districtCode, String chainId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("labels", labels);
		parameters.put("status", status);
		parameters.put("districtCode", districtCode);
		parameters.put("chainId", chainId);
		return parameters;
	}

	/**
	 * What is searched for: the text, the query's vector (none for words alone), the full-text query (none when no
	 * words are left) and a subject asked a service of (none when none is).
	 */
	static void putTerms(Map<String, Object> parameters, String text, float[] vector, String query, String subject) {
		parameters.put("text", text);
		if (vector != null) {
			parameters.put("vector", vector);
		}
		if (query != null) {
			parameters.put("query", query);
		}
		if (subject != null) {
			parameters.put("subject", subject);
		}
	}

	private String districtCode(String district) {
		if (district == null) {
			return null;
		}
		if (district.isBlank()) {
			throw new InvalidArgumentException("district", "must be a district's code or name, not blank");
		}
		return this.reads.one(SearchQueries.DISTRICT, GraphReads.parameters("key", district.strip()),
				(row) -> row.get("code").asString())
			.orElseThrow(() -> new InvalidArgumentException("district", "no district has code or name '" + district + "'"));
	}

	private String chain(String chainId) {
		if (chainId == null) {
			return null;
		}
		this.entities.require("chainId", chainId, EntityKind.INDUSTRY_CHAIN);
		return chainId;
	}

	private static String validText(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidArgumentException("text", "must not be empty or blank");
		}
		String stripped = text.strip();
		if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT_LENGTH) {
			throw new InvalidArgumentException("text", "at most " + MAX_TEXT_LENGTH + " characters, got "
					+ stripped.codePointCount(0, stripped.length()));
		}
		return stripped;
	}

	private record Candidate(GraphEntity entity, double score, boolean embedded) {
	}

}
