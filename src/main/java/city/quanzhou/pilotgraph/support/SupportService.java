package city.quanzhou.pilotgraph.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Answers the planners' questions on policy instruments, each in one read statement.
 */
@Service
public class SupportService {

	/** The steps in the order a base takes them; NONE first for bases with no approved step. */
	static final List<String> STEPS = List.of("NONE", "APPLIED", "REGISTERED", "ASSESSED", "RECOGNISED", "PROVINCIAL");

	private static final java.util.Set<String> LEVELS = java.util.Set.of("PROVINCIAL", "MUNICIPAL", "COUNTY");

	private final GraphReads reads;

	SupportService(GraphReads reads) {
		this.reads = reads;
	}

	public List<BaseSupport> supportAndDelivery(int year, Integer first) {
		checkYear(year);
		int limit = Arguments.first("first", first);
		return this.reads.list(SupportQueries.SUPPORT_AND_DELIVERY, Map.of("year", year, "first", limit), (row) -> {
			double subsidies = round(row.get("subsidies").asDouble());
			double vouchers = round(row.get("vouchers").asDouble());
			double support = round(subsidies + vouchers);
			long enterprises = row.get("enterprises").asLong();
			long pilots = row.get("pilots").asLong();
			return new BaseSupport((TestBase) Entities.fromProjection(row.get("base")), year, subsidies, vouchers, support,
					row.get("projects").asLong(), enterprises, pilots, (enterprises > 0) ? round(support / enterprises) : null,
					(pilots > 0) ? round(support / pilots) : null);
		});
	}

	public List<VoucherGroup> vouchersBy(VoucherDimension by, Integer year, String level) {
		if (year != null) {
			checkYear(year);
		}
		if (level != null && !LEVELS.contains(level)) {
			throw new InvalidArgumentException("level", "'" + level + "' is not one of " + new java.util.TreeSet<>(LEVELS));
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("year", year);
		parameters.put("level", level);
		return this.reads.list(SupportQueries.VOUCHERS_BY.get(by), parameters,
				(row) -> new VoucherGroup(row.get("key").isNull() ? null : row.get("key").asString(), row.get("name").asString(),
						row.get("grants").asLong(), row.get("enterprises").asLong(), row.get("amount").asDouble()));
	}

	public List<PipelineStage> recognitionPipeline(LocalDate today) {
		Map<String, List<PipelineEntry>> byStep = new LinkedHashMap<>();
		STEPS.forEach((step) -> byStep.put(step, new ArrayList<>()));
		this.reads.list(SupportQueries.PIPELINE, Map.of(), (row) -> {
			LocalDate since = row.get("since").isNull() ? null : row.get("since").asLocalDate();
			return Map.entry(row.get("step").asString(), new PipelineEntry((TestBase) Entities.fromProjection(row.get("base")),
					since, (since != null) ? ChronoUnit.DAYS.between(since, today) : null, row.get("pending").asBoolean()));
		}).forEach((entry) -> byStep.get(entry.getKey()).add(entry.getValue()));
		List<PipelineStage> stages = new ArrayList<>();
		byStep.forEach((step, bases) -> stages.add(new PipelineStage(step, List.copyOf(bases))));
		return stages;
	}

	public List<TestBase> basesNeverAssessed(Integer first) {
		int limit = Arguments.first("first", first);
		return this.reads.list(SupportQueries.NEVER_ASSESSED, Map.of("first", limit),
				(row) -> (TestBase) Entities.fromProjection(row.get("base")));
	}

	public List<TrainingOrganiser> training(Integer year) {
		if (year != null) {
			checkYear(year);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("year", year);
		return this.reads.list(SupportQueries.TRAINING, parameters,
				(row) -> new TrainingOrganiser(Entities.fromProjection(row.get("organiser")), row.get("events").asLong(),
						row.get("participants").asLong(), row.get("newBrokers").asLong(), row.get("brokersTrained").asLong(),
						row.get("basesTrained").asLong()));
	}

	private static double round(double amount) {
		return Math.round(amount * 100) / 100.0;
	}

	private static void checkYear(int year) {
		if (year < 1900 || year > 2100) {
			throw new InvalidArgumentException("year", year + " is not a plausible year (1900 to 2100)");
		}
	}

}
