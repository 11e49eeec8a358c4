package city.quanzhou.pilotgraph.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.assessment.AssessmentCriteria.Weight;
import city.quanzhou.pilotgraph.assessment.CriteriaPayload.CriteriaError;
import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Scores bases by the formula of {@code docs/assessment.md}: each criterion's value as a share of the best
 * base's value that year, times the criterion's weight; the score is the sum. Criteria are data, versioned.
 */
@Service
public class AssessmentService {

	static final BigDecimal TOTAL_WEIGHT = BigDecimal.valueOf(100);

	private static final int MAX_NOTE = 500;

	/** 10^9 万元: more than any budget, small enough to count in hundredths without overflow. */
	private static final long MAX_BUDGET = 1_000_000_000L;

	private final GraphReads reads;

	private final Neo4jClient neo4j;

	AssessmentService(GraphReads reads, Neo4jClient neo4j) {
		this.reads = reads;
		this.neo4j = neo4j;
	}

	/** One version of the criteria; the newest when {@code version} is null. */
	public AssessmentCriteria criteria(Integer version) {
		if (version != null && version < 1) {
			throw new InvalidArgumentException("criteriaVersion", "must be 1 or more (was " + version + ")");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("version", version);
		return this.reads.one(AssessmentQueries.VERSION, parameters, (row) -> read(row.get("criteria")))
			.orElseThrow(() -> (version == null)
					? new InvalidArgumentException("criteriaVersion", "no assessment criteria are set; an admin sets them with setAssessmentCriteria")
					: new InvalidArgumentException("criteriaVersion", "there is no version " + version + " of the assessment criteria"));
	}

	public List<AssessmentCriteria> versions() {
		return this.reads.list(AssessmentQueries.VERSIONS, Map.of(), (row) -> read(row.get("criteria")));
	}

	/** Every assessed base's score for the year, best first (equal scores by name), ranked from 1. */
	public List<BaseScore> ranking(int year, Integer criteriaVersion) {
		checkYear(year);
		AssessmentCriteria criteria = criteria(criteriaVersion);
		List<Measured> measured = this.reads.list(AssessmentQueries.MEASURES, Map.of("year", year),
				(row) -> new Measured((TestBase) Entities.fromProjection(row.get("base")), Map.of(Criterion.SERVICES,
						row.get("services").asDouble(), Criterion.ENTERPRISES, row.get("enterprises").asDouble(),
						Criterion.PILOTS, row.get("pilots").asDouble(), Criterion.INDUSTRY, row.get("industry").asDouble(),
						Criterion.OPENNESS, row.get("openness").asDouble())));
		Map<Criterion, Double> best = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			best.put(criterion, measured.stream().mapToDouble((m) -> m.values().get(criterion)).max().orElse(0));
		}
		List<Unranked> scored = new ArrayList<>();
		for (Measured m : measured) {
			List<ScorePart> parts = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			for (Criterion criterion : Criterion.values()) {
				double value = m.values().get(criterion);
				double top = best.get(criterion);
				double normalised = (top > 0) ? value / top : 0;
				double weight = criteria.weightOf(criterion);
				BigDecimal points = BigDecimal.valueOf(weight * normalised).setScale(2, RoundingMode.HALF_UP);
				total = total.add(points);
				parts.add(new ScorePart(criterion, criterion.label(), value, top, normalised, weight, points.doubleValue()));
			}
			scored.add(new Unranked(m.base(), total, parts));
		}
		scored.sort(Comparator.comparing(Unranked::score).reversed().thenComparing((u) -> u.base().name()));
		List<BaseScore> ranking = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Unranked u = scored.get(i);
			ranking.add(new BaseScore(u.base(), year, criteria.version(), u.score().doubleValue(), grade(u.score()), i + 1,
					List.copyOf(u.parts())));
		}
		return ranking;
	}

	/** One base's score and its explanation; null when the base is not assessed that year (not operating). */
	public Optional<BaseScore> score(String baseId, int year, Integer criteriaVersion) {
		return ranking(year, criteriaVersion).stream().filter((score) -> score.base().id().equals(baseId)).findFirst();
	}

	/**
	 * The rewards a budget would pay: the best {@code first} bases scoring at least {@code minScore} share the
	 * budget in proportion to their scores, in hundredths of 万元 rounded down, the remainder to the best.
	 */
	public List<SuggestedReward> rewards(int year, double budget, Double minScore, Integer first, Integer criteriaVersion) {
		if (!(budget >= 0 && budget <= MAX_BUDGET)) {
			throw new InvalidArgumentException("budget", "must be an amount in 万元 from 0 to " + MAX_BUDGET + " (was " + budget + ")");
		}
		if (minScore == null) {
			throw new InvalidArgumentException("minScore", "must not be null (leave it out to get its default)");
		}
		if (minScore < 0 || minScore > 100) {
			throw new InvalidArgumentException("minScore", "must be between 0 and 100 (was " + minScore + ")");
		}
		int limit = Arguments.first("first", first);
		List<BaseScore> eligible = ranking(year, criteriaVersion).stream()
			.filter((score) -> score.score() >= minScore && score.score() > 0)
			.limit(limit)
			.toList();
		long hundredths = BigDecimal.valueOf(budget).movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
		double sum = eligible.stream().mapToDouble(BaseScore::score).sum();
		List<Long> amounts = new ArrayList<>();
		long paid = 0;
		for (BaseScore score : eligible) {
			long amount = (long) Math.floor(hundredths * score.score() / sum);
			amounts.add(amount);
			paid += amount;
		}
		if (!amounts.isEmpty()) {
			amounts.set(0, amounts.get(0) + (hundredths - paid));
		}
		List<SuggestedReward> rewards = new ArrayList<>();
		for (int i = 0; i < eligible.size(); i++) {
			rewards.add(new SuggestedReward(eligible.get(i), amounts.get(i) / 100.0, eligible.get(i).score() / sum));
		}
		return rewards;
	}

	/**
	 * Adds the next version of the criteria. Every criterion must be weighted once, each weight 0 to 100,
	 * together exactly 100; otherwise nothing is written and each problem names its field.
	 */
	@Transactional
	public CriteriaPayload setCriteria(List<Map<String, Object>> weights, String note, String actor) {
		List<CriteriaError> errors = new ArrayList<>();
		Set<Criterion> seen = new LinkedHashSet<>();
		List<String> criteria = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < weights.size(); i++) {
			Criterion criterion = Criterion.valueOf((String) weights.get(i).get("criterion"));
			double weight = ((Number) weights.get(i).get("weight")).doubleValue();
			if (!seen.add(criterion)) {
				errors.add(new CriteriaError("weights[" + i + "].criterion", criterion + " is weighted twice; give each criterion once"));
			}
			if (!(weight >= 0 && weight <= 100)) {
				errors.add(new CriteriaError("weights[" + i + "].weight", "is " + weight + "; a weight is 0 to 100 points"));
			}
			criteria.add(criterion.name());
			values.add(weight);
			sum = sum.add(BigDecimal.valueOf(weight));
		}
		for (Criterion criterion : Criterion.values()) {
			if (!seen.contains(criterion)) {
				errors.add(new CriteriaError("weights", criterion + " has no weight; weigh every criterion (0 leaves it out)"));
			}
		}
		if (errors.isEmpty() && sum.compareTo(TOTAL_WEIGHT) != 0) {
			errors.add(new CriteriaError("weights", "add up to " + sum.stripTrailingZeros().toPlainString()
					+ "; they must add up to exactly 100"));
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
			errors.add(new CriteriaError("note", "is " + cleanNote.length() + " characters long; at most " + MAX_NOTE + " are allowed"));
		}
		if (cleanNote != null && cleanNote.chars().anyMatch((c) -> Character.getType(c) == Character.CONTROL)) {
			errors.add(new CriteriaError("note", "contains a control character; only printable text is allowed"));
		}
		if (!errors.isEmpty()) {
			return new CriteriaPayload(null, errors);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("criteria", criteria);
		parameters.put("weights", values);
		parameters.put("note", cleanNote);
		parameters.put("actor", actor);
		AssessmentCriteria written = this.neo4j.query(AssessmentQueries.ADD_VERSION)
			.bindAll(parameters)
			.fetchAs(AssessmentCriteria.class)
			.mappedBy((types, row) -> read(row.get("criteria")))
			.one()
			.orElseThrow();
		return new CriteriaPayload(written, List.of());
	}

	static String grade(BigDecimal score) {
		double value = score.doubleValue();
		return (value >= 85) ? "EXCELLENT" : (value >= 70) ? "GOOD" : (value >= 60) ? "PASS" : "FAIL";
	}

	private static void checkYear(int year) {
		if (year < 1900 || year > 2100) {
			throw new InvalidArgumentException("year", year + " is not a plausible year (1900 to 2100)");
		}
	}

	private static AssessmentCriteria read(Value node) {
		List<String> names = node.get("criteria").asList(Value::asString);
		List<Double> weights = node.get("weights").asList(Value::asDouble);
		List<Weight> pairs = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			pairs.add(new Weight(Criterion.valueOf(names.get(i)), weights.get(i)));
		}
		return new AssessmentCriteria(node.get("version").asInt(), List.copyOf(pairs),
				node.get("note").isNull() ? null : node.get("note").asString(), node.get("createdBy").asString(null),
				node.get("createdAt").isNull() ? null : node.get("createdAt").asZonedDateTime());
	}

	private record Measured(TestBase base, Map<Criterion, Double> values) {
	}

	private record Unranked(TestBase base, BigDecimal score, List<ScorePart> parts) {
	}

}
