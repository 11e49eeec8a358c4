package city.quanzhou.pilotgraph.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.institute.Institute;
import city.quanzhou.pilotgraph.result.Result;
import city.quanzhou.pilotgraph.search.EntityTexts;
import city.quanzhou.pilotgraph.search.VectorIndexState;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Supply and demand matching (供需对接): bases for a result, results for a base (定期推送), and solvers for
 * a demand (揭榜挂帅). Each score is a weighted sum of plain facts, and each fact that counts becomes a
 * reason, so a broker can see why a match ranks where it does.
 */
@Service
public class MatchingService {

	/** The service a result needs next, by how far it has come. */
	static final Map<String, String> SERVICE_FOR_MATURITY = Map.of("LAB", "CONCEPT_VERIFICATION", "BENCH",
			"PILOT_MATURATION", "PILOT", "SMALL_BATCH_TRIAL", "INDUSTRIAL", "TESTING_CERTIFICATION");

	// Weights: coverage of the result's links matters most (a base without the process line cannot pilot
	// it), then the right service for its stage, then meaning, status and place.
	static final double COVERAGE = 0.35;

	static final double SERVICE = 0.25;

	static final double MEANING = 0.2;

	static final double STATUS = 0.12;

	static final double PLACE = 0.08;

	/** BGE cosines between related Chinese texts sit roughly between 0.3 and 0.8; map that to 0..1. */
	static final double COSINE_FLOOR = 0.3;

	static final double COSINE_SPAN = 0.5;

	/** Cosine above which descriptions are called close in a reason. */
	static final double CLOSE_MEANING = 0.55;

	/**
	 * Least score of a base offered for a result. A base must also fit the result's field (cover one of its
	 * links, cover a link of the same chain, or be close in meaning): status, services and place alone do
	 * not make a match. Documented in docs/search.md.
	 */
	public static final double BASE_FLOOR = 0.35;

	/** Least score of a solver offered for a demand; it must also have a reason of its field. */
	public static final double SOLVER_FLOOR = 0.25;

	private static final int DIGEST_CANDIDATES = 500;

	private static final int SOLVER_CANDIDATES = 200;

	private final GraphReads reads;

	private final EntityService entities;

	private final VectorIndexState vectorIndex;

	MatchingService(GraphReads reads, EntityService entities, VectorIndexState vectorIndex) {
		this.reads = reads;
		this.entities = entities;
		this.vectorIndex = vectorIndex;
	}

	/** Bases ranked for a result; suspended bases are left out because they cannot take it now. */
	public List<BaseMatch> baseMatches(String resultId, Integer first) {
		return baseMatchReport(resultId, first).matches();
	}

	/**
	 * Bases ranked for a result, those below {@link #BASE_FLOOR} or outside the result's field left out and
	 * counted, with a note when none is left.
	 */
	public MatchReport<BaseMatch> baseMatchReport(String resultId, Integer first) {
		int limit = Arguments.first("first", first);
		Weighed weighed = pairs(List.of(resultId), null);
		if (weighed.candidates() == 0) {
			// no base weighed: either the result is unknown (an error) or there is no base to match (no matches)
			this.entities.require("resultId", resultId, EntityKind.RESULT);
		}
		List<Pair> fitting = weighed.pairs().stream().filter((pair) -> pair.fits() && pair.score() >= BASE_FLOOR).toList();
		List<BaseMatch> matches = fitting.stream()
			.sorted(Comparator.comparingDouble(Pair::score).reversed().thenComparing((pair) -> pair.base().id()))
			.limit(limit)
			.map((pair) -> new BaseMatch(pair.score(), pair.base(), pair.reasons()))
			.toList();
		String note = fitting.isEmpty()
				? "没有合适的中试基地：" + weighed.candidates() + "个候选基地均未覆盖该成果所属产业链、内容也不相近，或综合得分低于" + BASE_FLOOR
				: null;
		return new MatchReport<>(matches, BASE_FLOOR, (int) weighed.candidates() - fitting.size(), note);
	}

	/**
	 * The digest for a base: waiting results (need pilot testing, still LAB or BENCH) published on or
	 * after {@code since}, ranked by how well the base fits them. Results the base neither covers nor
	 * resembles are left out: the base should not hear about them.
	 */
	public List<ResultMatch> baseDigest(String baseId, LocalDate since, Integer first) {
		int limit = Arguments.first("first", first);
		this.entities.require("baseId", baseId, EntityKind.TEST_BASE);
		if (since == null) {
			throw new InvalidArgumentException("since", "must be a date");
		}
		List<String> waiting = List.copyOf(this.reads.list(MatchingQueries.WAITING_SINCE,
				GraphReads.parameters("since", since, "limit", DIGEST_CANDIDATES), (row) -> row.get("id").asString()));
		if (waiting.isEmpty()) {
			return List.of();
		}
		return pairs(waiting, List.of(baseId)).pairs().stream()
			.filter(Pair::relevant)
			.sorted(Comparator.comparingDouble(Pair::score).reversed().thenComparing((pair) -> pair.result().id()))
			.limit(limit)
			.map((pair) -> new ResultMatch(pair.score(), pair.result(), pair.reasons()))
			.toList();
	}

	/** Results and institutes (in Quanzhou or outside it) that could solve a demand, ranked, with reasons. */
	public List<SolverMatch> demandSolvers(String demandId, Integer first) {
		return demandSolverReport(demandId, first).matches();
	}

	/**
	 * Solvers of a demand, those without a reason of their field or below {@link #SOLVER_FLOOR} left out and
	 * counted, with a note when none is left.
	 */
	public MatchReport<SolverMatch> demandSolverReport(String demandId, Integer first) {
		int limit = Arguments.first("first", first);
		this.entities.require("demandId", demandId, EntityKind.DEMAND);
		List<SolverMatch> candidates = List.copyOf(this.reads.list(MatchingQueries.SOLVERS,
				GraphReads.parameters("demandId", demandId, "candidates", SOLVER_CANDIDATES, "byMeaning",
						this.vectorIndex.online()),
				MatchingService::solver));
		List<SolverMatch> fitting = candidates.stream()
			.filter((match) -> !match.reasons().isEmpty() && match.score() >= SOLVER_FLOOR)
			.toList();
		List<SolverMatch> matches = fitting.stream()
			.sorted(Comparator.comparingDouble(SolverMatch::score).reversed().thenComparing((m) -> m.solver().id()))
			.limit(limit)
			.toList();
		String note = fitting.isEmpty() ? "没有合适的揭榜方：" + candidates.size()
				+ "个候选成果和院所均不在该需求所在环节或产业链、内容也不相近，或综合得分低于" + SOLVER_FLOOR : null;
		return new MatchReport<>(matches, SOLVER_FLOOR, candidates.size() - fitting.size(), note);
	}

	/**
	 * The pairs of those results and bases (all but suspended ones when {@code baseIds} is null) that fit, and how
	 * many bases were weighed per result (summed over the results).
	 */
	private Weighed pairs(List<String> resultIds, List<String> baseIds) {
		record Row(Pair pair, long candidates, String resultId) {
		}
		List<Row> rows = List.copyOf(this.reads.list(MatchingQueries.PAIRS,
				GraphReads.parameters("resultIds", resultIds, "baseIds", baseIds, "closeMeaning", CLOSE_MEANING),
				(row) -> new Row(row.get("b").isNull() ? null : pair(row), row.get("candidates").asLong(),
						row.get("r").get("id").asString())));
		long candidates = rows.stream()
			.collect(Collectors.toMap(Row::resultId, Row::candidates, (a, b) -> a))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
		return new Weighed(rows.stream().map(Row::pair).filter(Objects::nonNull).toList(), candidates);
	}

	private static Pair pair(org.neo4j.driver.Record row) {
		Result result = Result.from(row.get("r"));
		TestBase base = TestBase.from(row.get("b"));
		int linkCount = row.get("linkCount").asInt();
		List<String> covered = row.get("coveredLinks").asList(Value::asString);
		List<String> sharedChains = row.get("sharedChains").asList(Value::asString);
		Double similarity = row.get("similarity").isNull() ? null : row.get("similarity").asDouble();
		List<String> reasons = new ArrayList<>();
		double score = 0;

		if (!covered.isEmpty()) {
			score += COVERAGE * covered.size() / Math.max(1, linkCount);
			reasons.add("覆盖该成果所属环节：" + String.join("、", covered));
		}
		else if (!sharedChains.isEmpty()) {
			score += COVERAGE * 0.3;
			reasons.add("同属" + String.join("、", sharedChains) + "产业链，但未覆盖该成果所属环节");
		}

		String needed = SERVICE_FOR_MATURITY.get(result.maturity());
		String stage = EntityTexts.MATURITY.getOrDefault(result.maturity(), "");
		if (needed != null && base.services().contains(needed)) {
			score += SERVICE;
			reasons.add("提供" + EntityTexts.SERVICES.get(needed) + "服务，适合" + stage + "成果");
		}
		else if (adjacentService(result.maturity(), base.services())) {
			score += SERVICE * 0.3;
			reasons.add("未提供" + EntityTexts.SERVICES.getOrDefault(needed, "") + "服务，但可提供相邻阶段的"
					+ String.join("、", base.services().stream()
						.filter((s) -> !"TESTING_CERTIFICATION".equals(s))
						.map(EntityTexts.SERVICES::get)
						.toList()));
		}
		if (base.services().contains("TESTING_CERTIFICATION") && !"TESTING_CERTIFICATION".equals(needed)) {
			score += SERVICE * 0.1;
			reasons.add("可提供检验检测服务");
		}

		score += STATUS * statusWeight(base.status(), base.openToPublic());
		reasons.add(statusReason(base.status(), base.openToPublic()));

		if (similarity != null) {
			score += MEANING * normalised(similarity);
			if (similarity >= CLOSE_MEANING) {
				reasons.add("基地简介与成果内容相近（语义相似度 %.2f）".formatted(similarity));
			}
		}

		String runByOwner = text(row.get("runByOwner"));
		String samePark = text(row.get("samePark"));
		String sameDistrict = text(row.get("sameDistrict"));
		double place = 0;
		if (runByOwner != null) {
			place += 0.5;
			reasons.add("由成果持有单位" + runByOwner + "参与运营");
		}
		if (samePark != null) {
			place += 0.3;
			reasons.add("与成果持有单位同在" + samePark);
		}
		if (sameDistrict != null) {
			place += 0.4;
			reasons.add("与成果持有单位同在" + sameDistrict);
		}
		score += PLACE * Math.min(1, place);
		boolean relevant = !covered.isEmpty() || (similarity != null && similarity >= CLOSE_MEANING);
		boolean fits = relevant || !sharedChains.isEmpty();
		return new Pair(result, base, score, List.copyOf(reasons), relevant, fits);
	}

	private static SolverMatch solver(org.neo4j.driver.Record row) {
		GraphEntity candidate = Entities.fromProjection(row.get("c"));
		Double similarity = row.get("similarity").isNull() ? null : row.get("similarity").asDouble();
		double meaning = (similarity == null) ? 0 : normalised(similarity);
		List<String> reasons = new ArrayList<>();
		double score;
		if (candidate instanceof Result result) {
			List<String> links = row.get("resultLinks").asList(Value::asString);
			List<String> chains = row.get("resultChains").asList(Value::asString);
			double linkFit = 0;
			if (!links.isEmpty()) {
				linkFit = 1;
				reasons.add("成果应用于该需求所在环节：" + String.join("、", links));
			}
			else if (!chains.isEmpty()) {
				linkFit = 0.3;
				reasons.add("成果属于同一产业链：" + String.join("、", chains));
			}
			if (similarity != null && similarity >= CLOSE_MEANING) {
				reasons.add("成果内容与需求相近（语义相似度 %.2f）".formatted(similarity));
			}
			if (reasons.isEmpty()) {
				return new SolverMatch(0, candidate, List.of());
			}
			double maturity = switch (result.maturity()) {
				case "INDUSTRIAL" -> 1.0;
				case "PILOT" -> 0.8;
				case "BENCH" -> 0.5;
				default -> 0.2;
			};
			reasons.add("成果处于" + EntityTexts.MATURITY.getOrDefault(result.maturity(), result.maturity()));
			List<String> owners = row.get("owners").asList(Value::asString);
			if (!owners.isEmpty()) {
				reasons.add("持有单位：" + String.join("、", owners));
			}
			score = 0.4 * linkFit + 0.35 * meaning + 0.15 * maturity + 0.1 * (row.get("ownerInCity").asBoolean(false) ? 1 : 0.5);
		}
		else if (candidate instanceof Institute institute) {
			int results = row.get("instituteResults").asInt();
			List<String> links = row.get("instituteLinks").asList(Value::asString);
			int solvedNearby = row.get("solvedNearby").asInt();
			boolean solvedThis = row.get("solvedThis").asBoolean();
			if (solvedThis) {
				Value year = row.get("solvedThisYear");
				reasons.add(year.isNull() ? "已揭榜该需求" : "已于" + year.asInt() + "年揭榜该需求");
			}
			if (results > 0) {
				reasons.add("有" + results + "项成果应用于该需求所在环节：" + String.join("、", links));
			}
			if (solvedNearby > 0) {
				reasons.add("曾揭榜同一产业链的" + solvedNearby + "项需求");
			}
			if (similarity != null && similarity >= CLOSE_MEANING) {
				reasons.add("研究方向与需求相近（语义相似度 %.2f）".formatted(similarity));
			}
			if (reasons.isEmpty()) {
				return new SolverMatch(0, candidate, List.of());
			}
			reasons.add(institute.inCity() ? "位于泉州市内，便于就近合作" : "市外院所，可跨区域揭榜");
			score = 0.3 * Math.min(1, results / 2.0) + 0.35 * meaning + 0.15 * Math.min(1, solvedNearby)
					+ 0.05 * (institute.inCity() ? 1 : 0) + (solvedThis ? 0.15 : 0);
		}
		else {
			return new SolverMatch(0, candidate, List.of());
		}
		return new SolverMatch(score, candidate, List.copyOf(reasons));
	}

	/** A stage away from the needed service still helps: a LAB result can use pilot maturation after all. */
	private static boolean adjacentService(String maturity, List<String> services) {
		Set<String> adjacent = switch (maturity == null ? "" : maturity) {
			case "LAB" -> Set.of("PILOT_MATURATION");
			case "BENCH" -> Set.of("CONCEPT_VERIFICATION", "SMALL_BATCH_TRIAL");
			case "PILOT" -> Set.of("PILOT_MATURATION");
			default -> Set.of();
		};
		return services.stream().anyMatch(adjacent::contains);
	}

	private static double statusWeight(String status, boolean open) {
		double weight = switch (status == null ? "" : status) {
			case "OPERATING" -> 0.8;
			case "UNDER_CONSTRUCTION" -> 0.35;
			case "PLANNED" -> 0.15;
			default -> 0;
		};
		return weight + (open ? 0.2 : 0);
	}

	private static String statusReason(String status, boolean open) {
		return switch (status == null ? "" : status) {
			case "OPERATING" -> open ? "运行中且面向社会开放" : "运行中，暂未面向社会开放";
			case "UNDER_CONSTRUCTION" -> "建设中，建成后可承接";
			case "PLANNED" -> "规划中，尚未建成";
			default -> "暂停运营";
		};
	}

	private static double normalised(double cosine) {
		return Math.max(0, Math.min(1, (cosine - COSINE_FLOOR) / COSINE_SPAN));
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	/**
	 * @param relevant the base covers a link of the result or is close to it in meaning (for a digest)
	 * @param fits relevant, or at least in the same chain (for a match)
	 */
	private record Pair(Result result, TestBase base, double score, List<String> reasons, boolean relevant,
			boolean fits) {
	}

	/** The pairs that fit, and how many bases were weighed to find them. */
	private record Weighed(List<Pair> pairs, long candidates) {
	}

}
