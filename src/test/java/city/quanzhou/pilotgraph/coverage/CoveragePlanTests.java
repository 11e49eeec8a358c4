package city.quanzhou.pilotgraph.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.SeededGraphTest;
import city.quanzhou.pilotgraph.entity.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profiles every coverage analytic on the seed data: none may scan all nodes (each starts from a label or
 * an index), and each plan is written to {@code target/coverage-profiles/} for docs/queries.md.
 */
class CoveragePlanTests extends SeededGraphTest {

	@Autowired
	Driver neo4j;

	@Test
	void shouldStartEveryAnalyticFromALabelOrAnIndex() throws IOException {
		Map<String, Long> dbHits = new LinkedHashMap<>();
		StringBuilder report = new StringBuilder();
		for (var analytic : analytics().entrySet()) {
			String cypher = analytic.getValue().getKey();
			ProfiledPlan plan;
			try (Session session = this.neo4j.session()) {
				plan = session.executeRead((tx) -> tx.run("PROFILE " + cypher, analytic.getValue().getValue()).consume().profile());
			}
			List<String> operators = new ArrayList<>();
			long hits = walk(plan, 0, operators, new StringBuilder());
			StringBuilder tree = new StringBuilder();
			walk(plan, 0, new ArrayList<>(), tree);
			dbHits.put(analytic.getKey(), hits);
			report.append("## ").append(analytic.getKey()).append(" — total db hits ").append(hits).append("\n\n")
				.append(tree).append("\n");
			assertThat(operators).as(analytic.getKey()).noneMatch((operator) -> operator.startsWith("AllNodesScan"));
		}
		Path directory = Path.of("target", "coverage-profiles");
		Files.createDirectories(directory);
		report.insert(0, "db hits per analytic: " + dbHits + "\n\n");
		Files.writeString(directory.resolve("profiles.md"), report, StandardCharsets.UTF_8);
	}

	/** The statements as the service sends them, with the parameters of a typical dashboard request. */
	private static Map<String, Map.Entry<String, Map<String, Object>>> analytics() {
		Map<String, Map.Entry<String, Map<String, Object>>> analytics = new LinkedHashMap<>();
		Map<String, Object> chain = meanings();
		chain.put("chainId", null);
		chain.put("openToPublicOnly", false);
		analytics.put("chainCoverage", Map.entry(CoverageCypher.CHAIN_COVERAGE, chain));
		analytics.put("chainCoverage (waiting results)", Map.entry(CoverageCypher.CHAIN_WAITING_RESULTS, chain));
		Map<String, Object> gaps = meanings();
		gaps.put("chainId", null);
		gaps.put("districtCode", "350582");
		gaps.put("first", 50);
		gaps.put("waitingResultsFirst", GapSelection.WHOLE_LIST_LENGTH);
		gaps.put("enterprisesFirst", GapSelection.WHOLE_LIST_LENGTH);
		analytics.put("coverageGaps(district: 晋江市)", Map.entry(CoverageCypher.COVERAGE_GAPS, gaps));
		Map<String, Object> districts = meanings();
		districts.put("districtCode", null);
		districts.put("withoutOperatingBase", false);
		analytics.put("districtCoverage", Map.entry(CoverageQueries.DISTRICT_COVERAGE, districts));
		Map<String, Object> waiting = meanings();
		waiting.put("maturities", CoverageService.WAITING_MATURITIES);
		waiting.put("chainId", null);
		waiting.put("linkId", null);
		waiting.put("districtCode", null);
		waiting.put("ownerLabel", null);
		waiting.put("hasCandidateBase", null);
		waiting.put("offset", 0);
		waiting.put("limit", 20);
		analytics.put("waitingResults(first: 20)", Map.entry(CoverageQueries.WAITING_RESULTS, waiting));
		Map<String, Object> performance = meanings();
		performance.put("baseId", null);
		performance.put("districtCode", null);
		performance.put("status", null);
		performance.put("fromYear", null);
		performance.put("toYear", null);
		performance.put("sortField", "CONTRACT_AMOUNT");
		performance.put("descending", true);
		performance.put("offset", 0);
		performance.put("limit", 20);
		analytics.put("basePerformance(orderBy: CONTRACT_AMOUNT DESC)", Map.entry(CoverageQueries.BASE_PERFORMANCE, performance));
		Map<String, Object> breakdown = new HashMap<>();
		breakdown.put("kindLabels", Arrays.stream(EntityKind.values()).map(EntityKind::label).toList());
		Map<String, String> names = new HashMap<>();
		Arrays.stream(EntityKind.values()).forEach((kind) -> names.put(kind.label(), kind.name()));
		breakdown.put("kindNames", names);
		analytics.put("breakdown(by: [KIND, DISTRICT])", Map.entry(CoverageQueries.BREAKDOWN.formatted(
				BreakdownDimension.KIND.fragment(), BreakdownDimension.DISTRICT.fragment()), breakdown));
		Map<String, Object> bases = new HashMap<>(breakdown);
		bases.put("kindLabels", List.of("TestBase"));
		analytics.put("breakdown(kinds: [TEST_BASE], by: [CHAIN, STATUS])", Map.entry(CoverageQueries.BREAKDOWN.formatted(
				BreakdownDimension.CHAIN.fragment(), BreakdownDimension.STATUS.fragment()), bases));
		Map<String, Object> turnover = new HashMap<>();
		turnover.put("fromYear", 2019);
		turnover.put("toYear", 2025);
		turnover.put("sources", null);
		analytics.put("contractTurnover(fromYear: 2020, toYear: 2025)", Map.entry(CoverageQueries.CONTRACT_TURNOVER, turnover));
		Map<String, Object> summary = meanings();
		summary.put("kindLabels", Arrays.stream(EntityKind.values()).map(EntityKind::label).toList());
		analytics.put("ecosystemSummary", Map.entry(CoverageQueries.ECOSYSTEM_SUMMARY, summary));
		return analytics;
	}

	private static Map<String, Object> meanings() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("operating", CoverageService.OPERATING);
		parameters.put("plannedStatuses", CoverageService.PLANNED_STATUSES);
		parameters.put("waitingMaturities", CoverageService.WAITING_MATURITIES);
		// every tie counts, whatever its source (no sources argument)
		parameters.put("sources", null);
		return parameters;
	}

	/** Appends one line per operator (indented by depth) and returns the plan's total db hits. */
	private static long walk(ProfiledPlan plan, int depth, List<String> operators, StringBuilder tree) {
		String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
		operators.add(plan.operatorType());
		tree.append("    ").append("  ".repeat(depth)).append(plan.operatorType().replace("@neo4j", ""))
			.append(details.isEmpty() ? "" : " " + (details.length() > 110 ? details.substring(0, 110) + "…" : details))
			.append(" | rows ").append(plan.records()).append(", db hits ").append(plan.dbHits()).append("\n");
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += walk(child, depth + 1, operators, tree);
		}
		return hits;
	}

}
