package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.Prefetched;
import city.quanzhou.pilotgraph.entity.TieSource;
import city.quanzhou.pilotgraph.result.Result;
import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * The coverage analytics as query fields. Entity fields of the answers (a gap's link, a waiting result's
 * bases) are the feature records, so their own fields resolve through the features' batch mappings.
 */
@Controller
class CoverageController {

	private final CoverageService coverage;

	CoverageController(CoverageService coverage) {
		this.coverage = coverage;
	}

	@QueryMapping
	List<ChainCoverage> chainCoverage(@Argument String chainId, @Argument Boolean openToPublicOnly,
			@Argument List<TieSource> sources, DataFetchingEnvironment environment) {
		EntityProjection chain = EntityProjection.at(environment, "chain");
		return this.coverage.chainCoverage(chainId, Boolean.TRUE.equals(openToPublicOnly),
				TieSource.filter("sources", sources), (chain != null) ? chain : EntityProjection.ID_ONLY,
				Prefetched.of(environment));
	}

	@QueryMapping
	List<CoverageGap> coverageGaps(@Argument String chainId, @Argument String district, @Argument Integer first,
			@Argument List<TieSource> sources, DataFetchingEnvironment environment) {
		return this.coverage.coverageGaps(chainId, district, first, TieSource.filter("sources", sources),
				GapSelection.of(environment));
	}

	/** A gap holds as many as the longest list asked for; each alias gets its own {@code first}. */
	@SchemaMapping
	List<Result> waitingResults(CoverageGap gap, @Argument Integer first) {
		return firstOf(gap.waitingResults(), first);
	}

	@SchemaMapping
	List<Enterprise> enterprises(CoverageGap gap, @Argument Integer first) {
		return firstOf(gap.enterprises(), first);
	}

	private static <T> List<T> firstOf(List<T> list, Integer first) {
		int limit = GapSelection.limit(first);
		return (list.size() <= limit) ? list : list.subList(0, limit);
	}

	@QueryMapping
	List<DistrictCoverage> districtCoverage(@Argument String district, @Argument Boolean withoutOperatingBase) {
		return this.coverage.districtCoverage(district, Boolean.TRUE.equals(withoutOperatingBase));
	}

	@QueryMapping
	Connection<WaitingResult> waitingResults(@Argument Integer first, @Argument String after,
			@Argument WaitingResultFilter filter) {
		return this.coverage.waitingResults(first, after, filter);
	}

	@QueryMapping
	Connection<BaseYearPerformance> basePerformance(@Argument Integer first, @Argument String after,
			@Argument BasePerformanceFilter filter, @Argument BasePerformanceOrder orderBy) {
		return this.coverage.basePerformance(first, after, filter, orderBy);
	}

	@QueryMapping
	Breakdown breakdown(@Argument List<EntityKind> kinds, @Argument List<BreakdownDimension> by) {
		return this.coverage.breakdown(kinds, by);
	}

	@QueryMapping
	List<YearTurnover> contractTurnover(@Argument Integer fromYear, @Argument Integer toYear,
			@Argument List<TieSource> sources) {
		return this.coverage.contractTurnover(fromYear, toYear, TieSource.filter("sources", sources));
	}

	@QueryMapping
	EcosystemSummary ecosystemSummary() {
		return this.coverage.ecosystemSummary();
	}

}
