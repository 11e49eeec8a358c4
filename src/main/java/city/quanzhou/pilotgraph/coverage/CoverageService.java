package city.quanzhou.pilotgraph.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.chain.IndustryChain;
import city.quanzhou.pilotgraph.district.DistrictService;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.District;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.entity.Page;
import city.quanzhou.pilotgraph.entity.Prefetched;
import city.quanzhou.pilotgraph.entity.TieSource;
import city.quanzhou.pilotgraph.result.Result;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Coverage and gap analytics. Each method runs one analytic statement from {@link CoverageQueries} (chain
 * coverage two: what the bases decide, and the waiting results), after at most two small lookups that turn a
 * district name into its code or check that an id names an entity of the expected kind, so that a typo is an
 * error rather than an empty answer. The city-wide aggregates (chain, district and ecosystem coverage, the gaps)
 * are kept by {@link CoverageCache} until something they read changes.
 */
@Service
public class CoverageService {

	/** The status that makes a base count as covering. */
	static final String OPERATING = "OPERATING";

	/** Bases on the way: they would cover their links once running. */
	static final List<String> PLANNED_STATUSES = List.of("PLANNED", "UNDER_CONSTRUCTION");

	/** A result needing pilot testing waits while it is at one of these maturities. */
	static final List<String> WAITING_MATURITIES = List.of("LAB", "BENCH");

	private static final Set<EntityKind> OWNER_KINDS = EnumSet.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE);

	private static final Set<String> PERFORMANCE_FIELDS = Set.of("BASE", "YEAR", "RESULTS_PILOTED",
			"ENTERPRISES_SERVED", "CONTRACTS", "CONTRACT_AMOUNT");

	private final GraphReads reads;

	private final CoverageCache cache;

	private final DistrictService districts;

	private final EntityService entities;

	CoverageService(GraphReads reads, CoverageCache cache, DistrictService districts, EntityService entities) {
		this.reads = reads;
		this.cache = cache;
		this.districts = districts;
		this.entities = entities;
	}

	public List<ChainCoverage> chainCoverage(String chainId, boolean openToPublicOnly) {
		return chainCoverage(chainId, openToPublicOnly, EntityProjection.WHOLE, null);
	}

	/** Chain coverage with each chain read as {@code chain} asks, its neighbours kept in {@code store}. */
	public List<ChainCoverage> chainCoverage(String chainId, boolean openToPublicOnly, EntityProjection chain,
			Prefetched store) {
		return chainCoverage(chainId, openToPublicOnly, null, chain, store);
	}

	/**
	 * As above, counting as covering only the COVERS ties of {@code sources} (names of {@link TieSource}; null
	 * for every tie).
	 */
	public List<ChainCoverage> chainCoverage(String chainId, boolean openToPublicOnly, List<String> sources,
			EntityProjection chain, Prefetched store) {
		Map<String, Object> parameters = meanings();
		parameters.put("chainId", chainId);
		parameters.put("openToPublicOnly", openToPublicOnly);
		parameters.put("sources", sources);
		// the waiting results do not depend on which bases count, so one kept count serves every variant
		Map<String, Object> waitingParameters = meanings();
		waitingParameters.put("chainId", chainId);
		List<List<Record>> rows = this.cache.rows(List.of(
				new CoverageCache.Read(CoverageQueries.chainCoverage(chain), parameters,
						CoverageQueries.CHAIN_COVERAGE_READS.with(chain)),
				new CoverageCache.Read(CoverageQueries.CHAIN_WAITING_RESULTS, waitingParameters,
						CoverageQueries.CHAIN_WAITING_RESULTS_READS)));
		Map<String, Integer> waiting = new HashMap<>();
		rows.get(1).forEach((row) -> waiting.put(row.get("chainId").asString(), row.get("waitingResultCount").asInt()));
		List<ChainCoverage> coverage = rows.get(0).stream()
			.map((row) -> new ChainCoverage(chain.read(row.get("c"), store, IndustryChain.class),
					row.get("linkCount").asInt(), row.get("coveredLinkCount").asInt(),
					row.get("operatingBaseCount").asInt(), waiting.getOrDefault(row.get("chainId").asString(), 0)))
			.toList();
		return requireKindWhenEmpty(coverage, chainId, EntityKind.INDUSTRY_CHAIN, "chainId");
	}

	/**
	 * The gaps as {@code selection} asks: the page of gaps in one statement, then the lists and counts of their own
	 * for the gaps returned only, as far as asked, in a second statement kept link by link
	 * ({@link CoverageQueries#gapDetails}).
	 */
	List<CoverageGap> coverageGaps(String chainId, String district, Integer first, List<String> sources,
			GapSelection selection) {
		int limit = Arguments.first("first", first);
		Map<String, Object> parameters = meanings();
		parameters.put("chainId", chainId);
		parameters.put("sources", sources);
		parameters.put("districtCode", districtCode(district, "district"));
		parameters.put("first", limit);
		CoverageCache.Read page = new CoverageCache.Read(CoverageQueries.coverageGaps(selection), parameters,
				CoverageQueries.COVERAGE_GAPS_READS.with(selection.link()).with(selection.plannedBases()));
		String details = CoverageQueries.gapDetails(selection);
		List<Record> rows;
		Map<String, Record> lists;
		if (details == null) {
			rows = this.cache.rows(List.of(page)).getFirst();
			lists = Map.of();
		}
		else {
			Map<String, Object> detailParameters = meanings();
			detailParameters.put("waitingResultsFirst", selection.waitingResultsFirst());
			detailParameters.put("enterprisesFirst", selection.enterprisesFirst());
			CoverageCache.PageAndItems read = this.cache.pageAndItems(page,
					new CoverageCache.ItemsRead(details, detailParameters, CoverageQueries.GAP_DETAILS_READS
						.with(selection.waitingResults())
						.with(selection.enterprises())),
					(row) -> row.get("linkId").asString());
			rows = read.page();
			lists = read.items();
		}
		Prefetched store = selection.store();
		List<CoverageGap> gaps = rows.stream().map((row) -> {
			// a link deleted between the two statements has no lists: it goes with the next change's read
			Record own = lists.get(row.get("linkId").asString());
			return new CoverageGap(selection.link().read(row.get("l"), store, ChainLink.class),
					row.get("waitingResultCount").asInt(),
					read(own, "waitingResults", selection.waitingResults(), store, Result.class),
					(own != null) ? own.get("enterpriseCount").asInt(0) : 0,
					read(own, "enterprises", selection.enterprises(), store, Enterprise.class),
					read(row, "plannedBases", selection.plannedBases(), store, TestBase.class));
		}).toList();
		return requireKindWhenEmpty(gaps, chainId, EntityKind.INDUSTRY_CHAIN, "chainId");
	}

	private static <T extends GraphEntity> List<T> read(Record row, String column,
			EntityProjection projection, Prefetched store, Class<T> type) {
		return (projection == null || row == null) ? List.of()
				: row.get(column).asList((value) -> projection.read(value, store, type));
	}

	public List<DistrictCoverage> districtCoverage(String district, boolean withoutOperatingBase) {
		Map<String, Object> parameters = meanings();
		parameters.put("districtCode", districtCode(district, "district"));
		parameters.put("withoutOperatingBase", withoutOperatingBase);
		return List.copyOf(this.cache.list(new CoverageCache.Read(CoverageQueries.DISTRICT_COVERAGE, parameters,
				CoverageQueries.DISTRICT_COVERAGE_READS),
				(row) -> new DistrictCoverage(
					new District(row.get("code").asString(), row.get("name").asString()),
					entities(row.get("operatingBases"), TestBase.class),
					entities(row.get("plannedBases"), TestBase.class),
					entities(row.get("coveredLinks"), ChainLink.class),
					entities(row.get("waitingResults"), Result.class),
					row.get("waitingResultsWithoutBase").asInt())));
	}

	public Connection<WaitingResult> waitingResults(Integer first, String after, WaitingResultFilter filter) {
		Page page = Page.of(first, after);
		WaitingResultFilter chosen = (filter != null) ? filter : WaitingResultFilter.NONE;
		requireKind(chosen.chainId(), EntityKind.INDUSTRY_CHAIN, "filter.chainId");
		requireKind(chosen.linkId(), EntityKind.CHAIN_LINK, "filter.linkId");
		Map<String, Object> parameters = meanings();
		parameters.put("chainId", chosen.chainId());
		parameters.put("linkId", chosen.linkId());
		parameters.put("districtCode", districtCode(chosen.district(), "filter.district"));
		parameters.put("ownerLabel", ownerLabel(chosen.ownerKind()));
		parameters.put("maturities", waitingMaturities(chosen.maturity()));
		parameters.put("hasCandidateBase", chosen.hasCandidateBase());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return connection(CoverageQueries.WAITING_RESULTS, parameters, page,
				(entry) -> new WaitingResult(entity(entry.get("result"), Result.class),
						entities(entry.get("links"), ChainLink.class), entities(entry.get("candidates"), TestBase.class)));
	}

	public Connection<BaseYearPerformance> basePerformance(Integer first, String after, BasePerformanceFilter filter,
			BasePerformanceOrder order) {
		Page page = Page.of(first, after);
		BasePerformanceFilter chosen = (filter != null) ? filter : BasePerformanceFilter.NONE;
		BasePerformanceOrder sort = (order != null) ? order : BasePerformanceOrder.BY_BASE;
		if (!PERFORMANCE_FIELDS.contains(sort.field())) {
			throw new InvalidArgumentException("orderBy.field", "choose one of " + PERFORMANCE_FIELDS);
		}
		if (chosen.fromYear() != null && chosen.toYear() != null && chosen.fromYear() > chosen.toYear()) {
			throw new InvalidArgumentException("filter.toYear", "must not be before fromYear (" + chosen.fromYear() + ")");
		}
		requireKind(chosen.baseId(), EntityKind.TEST_BASE, "filter.baseId");
		Map<String, Object> parameters = meanings();
		parameters.put("baseId", chosen.baseId());
		parameters.put("districtCode", districtCode(chosen.district(), "filter.district"));
		parameters.put("status", (chosen.status() == null || chosen.status().isEmpty()) ? null : chosen.status());
		parameters.put("fromYear", chosen.fromYear());
		parameters.put("toYear", chosen.toYear());
		parameters.put("sortField", sort.field());
		parameters.put("descending", sort.descending());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return connection(CoverageQueries.BASE_PERFORMANCE, parameters, page,
				(entry) -> new BaseYearPerformance(entity(entry.get("base"), TestBase.class), entry.get("year").asInt(),
						entry.get("piloted").asInt(), entry.get("served").asInt(), entry.get("projects").asInt(),
						entry.get("contracts").asInt(), entry.get("amount").asDouble()));
	}

	public Breakdown breakdown(List<EntityKind> kinds, List<BreakdownDimension> by) {
		if (by == null || by.isEmpty() || by.size() > 2) {
			throw new InvalidArgumentException("by", "name one or two dimensions");
		}
		if (by.size() == 2 && by.get(0) == by.get(1)) {
			throw new InvalidArgumentException("by", "names " + by.get(0) + " twice");
		}
		List<EntityKind> counted = (kinds == null || kinds.isEmpty()) ? Arrays.asList(EntityKind.values())
				: List.copyOf(new LinkedHashSet<>(kinds));
		for (BreakdownDimension dimension : by) {
			if (counted.stream().noneMatch(dimension.kinds()::contains)) {
				throw new InvalidArgumentException("by", dimension + " does not apply to " + counted
						+ "; it applies to " + dimension.kinds());
			}
		}
		String second = (by.size() == 2) ? by.get(1).fragment() : BreakdownDimension.NONE;
		String cypher = CoverageQueries.BREAKDOWN.formatted(by.get(0).fragment(), second);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kindLabels", counted.stream().map(EntityKind::label).toList());
		parameters.put("kindNames", kindNames());
		return this.reads.one(cypher, parameters,
				(row) -> new Breakdown(counted, List.copyOf(by), row.get("total").asInt(),
					row.get("groups").asList((group) -> {
						List<Breakdown.Key> keys = new ArrayList<>();
						keys.add(key(by.get(0), group.get("first")));
						if (by.size() == 2) {
							keys.add(key(by.get(1), group.get("second")));
						}
						return new Breakdown.Group(List.copyOf(keys), group.get("count").asInt());
					})))
			.orElseThrow();
	}

	public List<YearTurnover> contractTurnover(Integer fromYear, Integer toYear) {
		return contractTurnover(fromYear, toYear, null);
	}

	/** Turnover counting only the contracts whose tie is of {@code sources} (null: every contract). */
	public List<YearTurnover> contractTurnover(Integer fromYear, Integer toYear, List<String> sources) {
		if (fromYear != null && toYear != null && fromYear > toYear) {
			throw new InvalidArgumentException("toYear", "must not be before fromYear (" + fromYear + ")");
		}
		Map<String, Object> parameters = new HashMap<>();
		// One year more than asked, so that the first year asked for has a growth too.
		parameters.put("fromYear", (fromYear != null) ? fromYear - 1 : Integer.MIN_VALUE);
		parameters.put("toYear", (toYear != null) ? toYear : Integer.MAX_VALUE);
		parameters.put("sources", sources);
		List<YearTurnover> years = new ArrayList<>();
		YearTurnover previous = null;
		Collection<YearTurnover> rows = this.reads.list(CoverageQueries.CONTRACT_TURNOVER, parameters,
				(row) -> new YearTurnover(row.get("year").asInt(), row.get("contracts").asInt(),
					row.get("amount").asDouble(), null));
		for (YearTurnover row : rows) {
			int year = row.year();
			double amount = row.amount();
			// Growth only against the year just before, and only when that year had turnover to grow from.
			Double growth = (previous != null && previous.year() == year - 1 && previous.amount() > 0)
					? (amount - previous.amount()) / previous.amount() : null;
			previous = new YearTurnover(year, row.contractCount(), amount, growth);
			if (fromYear == null || year >= fromYear) {
				years.add(previous);
			}
		}
		return List.copyOf(years);
	}

	public EcosystemSummary ecosystemSummary() {
		Map<String, Object> parameters = meanings();
		parameters.put("kindLabels", Arrays.stream(EntityKind.values()).map(EntityKind::label).toList());
		// it counts every kind and several ties besides coverage's: any change may alter it
		return this.cache.list(new CoverageCache.Read(CoverageQueries.ECOSYSTEM_SUMMARY, parameters,
				CoverageInputs.EVERYTHING),
				(row) -> new EcosystemSummary(
					row.get("counts").asList((count) -> new EcosystemSummary.KindCount(
							EntityKind.ofLabel(count.get("label").asString()).orElseThrow(), count.get("count").asInt())),
					row.get("operatingBases").asInt(), row.get("openOperatingBases").asInt(),
					row.get("plannedBases").asInt(), row.get("links").asInt(), row.get("coveredLinks").asInt(),
					row.get("waiting").asInt(), row.get("waitingWithCandidate").asInt(), row.get("districts").asInt(),
					row.get("districtsWithBase").asInt(), row.get("piloted").asInt(),
					row.get("pilotedThenTransferred").asInt()))
			.getFirst();
	}

	static double ratio(int part, int whole) {
		return (whole == 0) ? 0.0 : (double) part / whole;
	}

	/** The parameters that carry the contract's meanings (operating, planned, waiting) into every statement. */
	private static Map<String, Object> meanings() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("operating", OPERATING);
		parameters.put("plannedStatuses", PLANNED_STATUSES);
		parameters.put("waitingMaturities", WAITING_MATURITIES);
		return parameters;
	}

	/** A district's code from its code or name; null when none was asked for, an error when none matches. */
	private String districtCode(String district, String argument) {
		if (district == null) {
			return null;
		}
		if (district.isBlank()) {
			throw new InvalidArgumentException(argument, "must be a district's code or name, not blank");
		}
		return this.districts.find(district)
			.map(District::code)
			.orElseThrow(() -> new InvalidArgumentException(argument,
					"no district has the code or name '" + district.strip() + "'"));
	}

	/**
	 * An id argument that filters a statement by a label is checked only when the statement found nothing: a
	 * non-empty answer already proves the id names an entity of that kind, so the common request costs one
	 * statement instead of two. Only an empty answer is told apart from an unknown or wrong id.
	 */
	private <T> List<T> requireKindWhenEmpty(List<T> answer, String id, EntityKind kind, String argument) {
		if (answer.isEmpty()) {
			requireKind(id, kind, argument);
		}
		return answer;
	}

	/** An optional id filter: any when left out, else it must name an entity of {@code kind}. */
	private void requireKind(String id, EntityKind kind, String argument) {
		if (id != null) {
			this.entities.require(argument, id, kind);
		}
	}

	/** One page of a connection from a statement that answers {@code totalCount} and the {@code page} rows. */
	private <T> Connection<T> connection(String cypher, Map<String, Object> parameters, Page page,
			Function<Value, T> node) {
		return this.reads.one(cypher, parameters,
				(row) -> Connection.of(row.get("page").asList(node::apply), page,
					row.get("totalCount").asInt()))
			.orElseThrow();
	}

	private static String ownerLabel(String ownerKind) {
		if (ownerKind == null) {
			return null;
		}
		EntityKind kind = EntityKind.valueOf(ownerKind);
		if (!OWNER_KINDS.contains(kind)) {
			throw new InvalidArgumentException("filter.ownerKind", "results are owned by an INSTITUTE or an ENTERPRISE, not "
					+ ownerKind);
		}
		return kind.label();
	}

	private static List<String> waitingMaturities(List<String> asked) {
		if (asked == null || asked.isEmpty()) {
			return WAITING_MATURITIES;
		}
		for (String maturity : asked) {
			if (!WAITING_MATURITIES.contains(maturity)) {
				throw new InvalidArgumentException("filter.maturity", "a waiting result is at LAB or BENCH maturity, never "
						+ maturity);
			}
		}
		return List.copyOf(asked);
	}

	private static Map<String, String> kindNames() {
		Map<String, String> names = new HashMap<>();
		for (EntityKind kind : EntityKind.values()) {
			names.put(kind.label(), kind.name());
		}
		return names;
	}

	/** An entity's key in one dimension; entities without a value have the null key. */
	private static Breakdown.Key key(BreakdownDimension dimension, Value value) {
		if (value.isNull()) {
			return new Breakdown.Key(dimension, null, null);
		}
		return new Breakdown.Key(dimension, value.get("value").asString(null), value.get("label").asString(null));
	}

	private static <T extends GraphEntity> T entity(Value projection, Class<T> type) {
		return type.cast(Entities.fromProjection(projection));
	}

	private static <T extends GraphEntity> List<T> entities(Value projections, Class<T> type) {
		return projections.asList((projection) -> entity(projection, type));
	}

}
