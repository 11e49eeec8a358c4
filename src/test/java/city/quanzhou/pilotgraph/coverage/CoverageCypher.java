package city.quanzhou.pilotgraph.coverage;

import java.util.HashMap;
import java.util.Map;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * For the benchmark (bench/README.md): the statements and fixed parameters {@link CoverageService} runs, so that
 * the harness sends the very same Cypher straight to the database.
 */
public final class CoverageCypher {

	/** Chain coverage is two statements: what the bases decide, and the waiting results (counted apart). */
	public static final String CHAIN_COVERAGE = CoverageQueries.chainCoverage(EntityProjection.WHOLE);

	public static final String CHAIN_WAITING_RESULTS = CoverageQueries.CHAIN_WAITING_RESULTS;

	public static final String COVERAGE_GAPS = CoverageQueries.coverageGaps(GapSelection.WHOLE);

	private CoverageCypher() {
	}

	/** The parameters that spell out "operating", "planned" and "waiting", as the service binds them. */
	public static Map<String, Object> meanings() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("operating", CoverageService.OPERATING);
		parameters.put("plannedStatuses", CoverageService.PLANNED_STATUSES);
		parameters.put("waitingMaturities", CoverageService.WAITING_MATURITIES);
		// the lists of a coverage gap, as long as the schema's default
		parameters.put("waitingResultsFirst", GapSelection.WHOLE_LIST_LENGTH);
		parameters.put("enterprisesFirst", GapSelection.WHOLE_LIST_LENGTH);
		// every tie counts, whatever its source (no sources argument)
		parameters.put("sources", null);
		return parameters;
	}

}
