package city.quanzhou.pilotgraph.duplicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.editing.DuplicateCheck;
import city.quanzhou.pilotgraph.editing.FieldError;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Likely duplicates within a kind. Names are compared only within blocks that share a character bigram
 * rarer than {@link #COMMON_BIGRAM} names (研究, 有限 and 公司 pair nothing by themselves), so the work grows
 * with the pairs worth comparing, not with the square of the kind; pairs whose names are alike enough are
 * then given their embedding similarity and district. Score: 0.6 × name + 0.3 × embedding (the name again
 * while either is not embedded) + 0.1 for the same district.
 */
@Service
public class DuplicateService implements DuplicateCheck {

	private static final Logger log = LoggerFactory.getLogger(DuplicateService.class);

	static final double DEFAULT_MIN_SCORE = 0.6;

	/** Pairs whose names are less alike than this are not candidates, whatever else they share. */
	static final double NAME_FLOOR = 0.35;

	static final int COMMON_BIGRAM = 200;

	/**
	 * The bound of one listing: at most this many pairs are compared (rarest bigrams first, the likeliest
	 * pairs), so a kind of a million entities with generated names cannot run away.
	 */
	static final int MAX_COMPARISONS = 1_000_000;

	static final int MAX_FIRST = 100;

	private final Neo4jClient neo4j;

	private final EntityService entities;

	DuplicateService(Neo4jClient neo4j, EntityService entities) {
		this.neo4j = neo4j;
		this.entities = entities;
	}

	private record Named(String id, List<String> names, String district) {
	}

	private record Pair(Named a, Named b, double nameSimilarity, String names) {
	}

	@Transactional(readOnly = true)
	public List<DuplicateCandidate> candidates(EntityKind kind, Integer first, Double minScore) {
		int limit = (first == null) ? 20 : first;
		if (limit < 0 || limit > MAX_FIRST) {
			throw new InvalidArgumentException("first", "must be between 0 and " + MAX_FIRST);
		}
		double threshold = (minScore == null) ? DEFAULT_MIN_SCORE : minScore;
		if (threshold < 0 || threshold > 1) {
			throw new InvalidArgumentException("minScore", "must be between 0 and 1");
		}
		List<Named> named = load(kind);
		List<Pair> pairs = alikePairs(named);
		Map<String, Double> embedding = embeddingSimilarity(pairs);
		List<DuplicateCandidate> scored = new ArrayList<>();
		List<Scored> kept = new ArrayList<>();
		for (Pair pair : pairs) {
			Double cosine = embedding.get(pair.a().id() + "|" + pair.b().id());
			boolean sameDistrict = pair.a().district() != null && pair.a().district().equals(pair.b().district());
			double score = score(pair.nameSimilarity(), cosine, sameDistrict);
			if (score >= threshold) {
				kept.add(new Scored(pair, score, new DuplicateEvidence(round(pair.nameSimilarity()), pair.names(),
						sameDistrict, (cosine != null) ? round(cosine) : null)));
			}
		}
		kept.sort(Comparator.comparingDouble(Scored::score).reversed()
			.thenComparing((s) -> s.pair().a().id())
			.thenComparing((s) -> s.pair().b().id()));
		List<Scored> page = kept.subList(0, Math.min(limit, kept.size()));
		Set<String> ids = new HashSet<>();
		page.forEach((s) -> {
			ids.add(s.pair().a().id());
			ids.add(s.pair().b().id());
		});
		Map<String, GraphEntity> byId = this.entities.findAllById(ids);
		for (Scored s : page) {
			scored.add(new DuplicateCandidate(byId.get(s.pair().a().id()), byId.get(s.pair().b().id()), round(s.score()),
					s.evidence()));
		}
		return scored;
	}

	private record Scored(Pair pair, double score, DuplicateEvidence evidence) {
	}

	/**
	 * A new entity's likely duplicates, found through the full-text index by its name (its embedding is made
	 * later, in the background, so only names and district count here).
	 */
	@Override
	public List<FieldError> likelyDuplicates(EntityKind kind, String ownId, String name, List<String> aliases,
			String districtCode) {
		String query = NameSimilarity.normalise(name);
		if (query.isEmpty()) {
			return List.of();
		}
		List<Named> similar;
		try {
			similar = similarByName(kind, ownId, NameSimilarity.nameQuery(query));
		}
		catch (DataAccessException ex) {
			// the write has committed by now; a warning that cannot be worked out must not turn it into an error
			log.warn("Could not look for duplicates of a new {}: {}", kind.label(), ex.getMessage());
			return List.of();
		}
		List<String> ownNames = new ArrayList<>();
		ownNames.add(name);
		ownNames.addAll(aliases);
		Named own = new Named(ownId, ownNames, districtCode);
		List<FieldError> warnings = new ArrayList<>();
		for (Named other : similar) {
			Pair pair = compare(own, other);
			boolean sameDistrict = districtCode != null && districtCode.equals(other.district());
			double score = score(pair.nameSimilarity(), null, sameDistrict);
			if (pair.nameSimilarity() >= NAME_FLOOR && score >= DEFAULT_MIN_SCORE) {
				warnings.add(new FieldError("name", "may duplicate " + other.names().get(0) + " (" + other.id()
						+ "): names " + pair.names() + " alike " + round(pair.nameSimilarity())
						+ (sameDistrict ? ", same district" : "") + "; an admin can merge them (mergeEntities)"));
			}
		}
		return warnings;
	}

	private List<Named> similarByName(EntityKind kind, String ownId, String query) {
		return this.neo4j.query("""
				CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: 50}) YIELD node AS n
				WITH n WHERE $label IN labels(n) AND ($ownId IS NULL OR n.id <> $ownId)
				OPTIONAL MATCH (n)-[:LOCATED_IN]->(d:District)
				RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, d.code AS district
				""")
			.bindAll(parameters("query", query, "label", kind.label(), "ownId", ownId))
			.fetchAs(Named.class)
			.mappedBy((types, row) -> new Named(row.get("id").asString(), row.get("names").asList((v) -> v.asString()),
					row.get("district").asString(null)))
			.all()
			.stream()
			.toList();
	}

	static double score(double nameSimilarity, Double embeddingSimilarity, boolean sameDistrict) {
		double meaning = (embeddingSimilarity != null) ? Math.max(0, embeddingSimilarity) : nameSimilarity;
		return 0.6 * nameSimilarity + 0.3 * meaning + (sameDistrict ? 0.1 : 0);
	}

	private List<Named> load(EntityKind kind) {
		return this.neo4j.query("""
				MATCH (n:$($label))
				OPTIONAL MATCH (n)-[:LOCATED_IN]->(d:District)
				RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, d.code AS district
				ORDER BY n.id
				""")
			.bind(kind.label()).to("label")
			.fetchAs(Named.class)
			.mappedBy((types, row) -> new Named(row.get("id").asString(), row.get("names").asList((v) -> v.asString()),
					row.get("district").asString(null)))
			.all()
			.stream()
			.toList();
	}

	/** Pairs (in id order) that share a rare bigram of any of their names, and are alike enough. */
	private static List<Pair> alikePairs(List<Named> named) {
		Map<String, List<Integer>> postings = new HashMap<>();
		for (int i = 0; i < named.size(); i++) {
			Set<String> bigrams = new HashSet<>();
			for (String name : named.get(i).names()) {
				bigrams.addAll(NameSimilarity.bigrams(NameSimilarity.normalise(name)));
			}
			for (String bigram : bigrams) {
				postings.computeIfAbsent(bigram, (key) -> new ArrayList<>()).add(i);
			}
		}
		Set<Long> seen = new HashSet<>();
		List<Pair> pairs = new ArrayList<>();
		List<List<Integer>> blocks = postings.values()
			.stream()
			.filter((posting) -> posting.size() > 1 && posting.size() <= COMMON_BIGRAM)
			.sorted(Comparator.comparingInt(List::size))
			.toList();
		for (List<Integer> posting : blocks) {
			for (int x = 0; x < posting.size() && seen.size() < MAX_COMPARISONS; x++) {
				for (int y = x + 1; y < posting.size(); y++) {
					if (seen.add((long) posting.get(x) * named.size() + posting.get(y))) {
						Pair pair = compare(named.get(posting.get(x)), named.get(posting.get(y)));
						if (pair.nameSimilarity() >= NAME_FLOOR) {
							pairs.add(pair);
						}
					}
				}
			}
		}
		return pairs;
	}

	/** The most alike of the two entities' names and aliases. */
	private static Pair compare(Named a, Named b) {
		double best = 0;
		String names = "";
		for (String x : a.names()) {
			for (String y : b.names()) {
				double similarity = NameSimilarity.of(x, y);
				if (similarity > best) {
					best = similarity;
					names = x + " ≈ " + y;
				}
			}
		}
		return new Pair(a, b, best, names);
	}

	/** Cosine similarity of the pairs' embeddings, where both are embedded and up to date. */
	private Map<String, Double> embeddingSimilarity(List<Pair> pairs) {
		if (pairs.isEmpty()) {
			return Map.of();
		}
		List<Map<String, Object>> rows = pairs.stream()
			.map((pair) -> Map.<String, Object>of("a", pair.a().id(), "b", pair.b().id()))
			.toList();
		Map<String, Double> similarity = new HashMap<>();
		this.neo4j.query("""
				UNWIND $pairs AS pair
				MATCH (a:Entity {id: pair.a})
				MATCH (b:Entity {id: pair.b})
				WHERE a.embedding IS NOT NULL AND b.embedding IS NOT NULL
				  AND NOT a:EmbeddingPending AND NOT b:EmbeddingPending
				RETURN pair.a AS a, pair.b AS b, 2 * vector.similarity.cosine(a.embedding, b.embedding) - 1 AS similarity
				""")
			.bind(rows).to("pairs")
			.fetch()
			.all()
			.forEach((row) -> similarity.put(row.get("a") + "|" + row.get("b"), ((Number) row.get("similarity")).doubleValue()));
		return similarity;
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static Map<String, Object> parameters(Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

}
