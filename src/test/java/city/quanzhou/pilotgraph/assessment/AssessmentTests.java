package city.quanzhou.pilotgraph.assessment;

import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The assessment formula of docs/assessment.md on a graph small enough to work out by hand. In 2024 base A
 * gave 10 service projects to 1 enterprise and is open; B gave 1 project to each of 3 enterprises and is
 * closed; C piloted 2 results (one reached industry) and is open; the planned base is not assessed.
 * Best values: services 10, enterprises 3, pilots 2, industry 1, openness 1.
 */
class AssessmentTests extends FixtureGraphTest {

	@LocalServerPort
	int port;

	@BeforeEach
	void threeBases() {
		replaceGraph("""
				CREATE (:AssessmentCriteria {version: 1, criteria: ['SERVICES', 'ENTERPRISES', 'PILOTS', 'INDUSTRY', 'OPENNESS'],
				        weights: [25.0, 25.0, 20.0, 20.0, 10.0], createdBy: 'migration', createdAt: datetime()})
				CREATE (a:Entity:TestBase {id: 'base-a', name: '甲基地', status: 'OPERATING', openToPublic: true, source: 'SYNTHETIC', version: 1})
				CREATE (b:Entity:TestBase {id: 'base-b', name: '乙基地', status: 'OPERATING', openToPublic: false, source: 'SYNTHETIC', version: 1})
				CREATE (c:Entity:TestBase {id: 'base-c', name: '丙基地', status: 'OPERATING', openToPublic: true, source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:TestBase {id: 'base-p', name: '规划基地', status: 'PLANNED', openToPublic: true, source: 'SYNTHETIC', version: 1})
				CREATE (e1:Entity:Enterprise {id: 'ent-1', name: '一号企业', source: 'SYNTHETIC', version: 1})
				CREATE (e2:Entity:Enterprise {id: 'ent-2', name: '二号企业', source: 'SYNTHETIC', version: 1})
				CREATE (e3:Entity:Enterprise {id: 'ent-3', name: '三号企业', source: 'SYNTHETIC', version: 1})
				CREATE (r1:Entity:Result {id: 'res-1', name: '成果一', maturity: 'INDUSTRIAL', needsPilot: false, source: 'SYNTHETIC', version: 1})
				CREATE (r2:Entity:Result {id: 'res-2', name: '成果二', maturity: 'PILOT', needsPilot: true, source: 'SYNTHETIC', version: 1})
				CREATE (a)-[:SERVED {year: 2024, projects: 10}]->(e1)
				CREATE (a)-[:SERVED {year: 2023, projects: 50}]->(e2)
				CREATE (b)-[:SERVED {year: 2024, projects: 1}]->(e1)
				CREATE (b)-[:SERVED {year: 2024, projects: 1}]->(e2)
				CREATE (b)-[:SERVED {year: 2024, projects: 1}]->(e3)
				CREATE (c)-[:PILOTED {year: 2024}]->(r1)
				CREATE (c)-[:PILOTED {year: 2024}]->(r2)
				""");
	}

	private Reply ranking(Integer version) {
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("year", 2024));
		variables.put("criteriaVersion", version);
		return http().postDocument("baseRanking", variables, null);
	}

	private Reply setCriteria(List<Map<String, Object>> weights, String token) {
		return http().postDocument("setAssessmentCriteria", Map.of("input", Map.of("weights", weights, "note", "测试")), token);
	}

	private static Map<String, Object> weight(String criterion, double weight) {
		return Map.of("criterion", criterion, "weight", weight);
	}

	@Test
	void shouldRankByTheWeightedShareOfTheBestValue() {
		Reply reply = ranking(null);
		assertThat(reply.<List<String>>read("$.data.baseRanking[*].base.id")).containsExactly("base-c", "base-a", "base-b");
		// C: 20 + 20 + 10; A: 25 + 25 × 1/3 + 10; B: 25 × 3/10 + 25
		assertThat(reply.<List<Double>>read("$.data.baseRanking[*].score")).containsExactly(50.0, 43.33, 32.5);
		assertThat(reply.<List<String>>read("$.data.baseRanking[*].grade")).containsExactly("FAIL", "FAIL", "FAIL");
		assertThat(reply.<List<Integer>>read("$.data.baseRanking[*].rank")).containsExactly(1, 2, 3);
	}

	@Test
	void shouldExplainAScoreCriterionByCriterionWithPartsThatAddUpToIt() {
		Reply reply = http().postDocument("baseScore", Map.of("baseId", "base-a", "year", 2024), null);
		List<Map<String, Object>> parts = reply.read("$.data.baseScore.parts");
		assertThat(parts).extracting((part) -> part.get("criterion"))
			.containsExactly("SERVICES", "ENTERPRISES", "PILOTS", "INDUSTRY", "OPENNESS");
		assertThat(parts.get(0)).containsEntry("value", 10.0).containsEntry("best", 10.0).containsEntry("points", 25.0);
		assertThat(parts.get(1)).containsEntry("value", 1.0).containsEntry("best", 3.0).containsEntry("weight", 25.0)
			.containsEntry("points", 8.33).containsEntry("label", "服务企业数");
		assertThat(parts.get(2)).containsEntry("value", 0.0).containsEntry("points", 0.0);
		assertThat(parts.get(4)).containsEntry("value", 1.0).containsEntry("points", 10.0);
		double sum = parts.stream().mapToDouble((part) -> ((Number) part.get("points")).doubleValue()).sum();
		assertThat(reply.<Double>read("$.data.baseScore.score")).isEqualTo(43.33).isCloseTo(sum, within(1e-9));
		assertThat(http().postDocument("baseScore", Map.of("baseId", "base-p", "year", 2024), null)
			.<Object>read("$.data.baseScore")).as("a planned base is not assessed").isNull();
	}

	@Test
	void shouldRankAnewWhenAnAdminChangesTheWeightsAndKeepTheOldVersion() {
		Reply changed = setCriteria(List.of(weight("SERVICES", 40), weight("ENTERPRISES", 60), weight("PILOTS", 0),
				weight("INDUSTRY", 0), weight("OPENNESS", 0)), ADMIN);
		assertThat(changed.<List<?>>read("$.data.setAssessmentCriteria.errors")).isEmpty();
		assertThat(changed.<Integer>read("$.data.setAssessmentCriteria.criteria.version")).isEqualTo(2);
		assertThat(changed.<String>read("$.data.setAssessmentCriteria.criteria.createdBy")).isEqualTo("ADMIN");

		// B: 40 × 3/10 + 60; A: 40 + 60 × 1/3; C: nothing served
		Reply reply = ranking(null);
		assertThat(reply.<List<String>>read("$.data.baseRanking[*].base.id")).containsExactly("base-b", "base-a", "base-c");
		assertThat(reply.<List<Double>>read("$.data.baseRanking[*].score")).containsExactly(72.0, 60.0, 0.0);
		assertThat(reply.<List<String>>read("$.data.baseRanking[*].grade")).containsExactly("GOOD", "PASS", "FAIL");
		assertThat(reply.<List<Integer>>read("$.data.baseRanking[*].criteriaVersion")).containsOnly(2);

		Reply first = ranking(1);
		assertThat(first.<List<String>>read("$.data.baseRanking[*].base.id")).as("version 1 as it was")
			.containsExactly("base-c", "base-a", "base-b");
	}

	@Test
	void shouldShareARewardBudgetInProportionToTheScoresAndExactly() {
		Reply reply = http().postDocument("suggestedRewards",
				Map.of("year", 2024, "budget", 100.0, "minScore", 40.0), null);
		assertThat(reply.<List<String>>read("$.data.suggestedRewards[*].score.base.id")).containsExactly("base-c", "base-a");
		List<Double> amounts = reply.read("$.data.suggestedRewards[*].amount");
		// 100 × 50 / 93.33 and 100 × 43.33 / 93.33, in hundredths rounded down, the remainder to the best
		assertThat(amounts).containsExactly(53.58, 46.42);
		assertThat(amounts.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100.0, within(1e-9));
	}

	@Test
	void shouldRefuseWeightsThatDoNotAddUpNamingTheField() {
		Reply reply = setCriteria(List.of(weight("SERVICES", 40), weight("ENTERPRISES", 50), weight("PILOTS", 0),
				weight("INDUSTRY", 0), weight("OPENNESS", 0)), ADMIN);
		assertThat(reply.<String>read("$.data.setAssessmentCriteria.errors[0].field")).isEqualTo("weights");
		assertThat(reply.<String>read("$.data.setAssessmentCriteria.errors[0].message")).contains("add up to 90");
		assertThat(count("MATCH (c:AssessmentCriteria) RETURN count(c)")).isEqualTo(1);

		Reply negative = setCriteria(List.of(weight("SERVICES", -10), weight("SERVICES", 110)), ADMIN);
		assertThat(negative.<List<String>>read("$.data.setAssessmentCriteria.errors[*].field"))
			.contains("weights[0].weight", "weights[1].criterion", "weights[1].weight", "weights");
		assertThat(count("MATCH (c:AssessmentCriteria) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void shouldLetOnlyAdminsChangeTheCriteria() {
		Reply reply = setCriteria(List.of(weight("SERVICES", 100), weight("ENTERPRISES", 0), weight("PILOTS", 0),
				weight("INDUSTRY", 0), weight("OPENNESS", 0)), EDITOR);
		assertThat(reply.<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");
		assertThat(count("MATCH (c:AssessmentCriteria) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void shouldRefuseAnUnknownCriteriaVersionOrYearNamingTheArgument() {
		Reply unknown = ranking(7);
		assertThat(unknown.<String>read("$.errors[0].message")).contains("criteriaVersion").contains("no version 7");
		Reply year = http().postDocument("baseRanking", Map.of("year", 1800), null);
		assertThat(year.<String>read("$.errors[0].message")).contains("year");
	}

	@Test
	void shouldRefuseAnExplicitNullMinScoreOrAnImpossibleBudgetNamingTheArgument() {
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("year", 2024, "budget", 100.0));
		variables.put("minScore", null);
		assertThat(http().postDocument("suggestedRewards", variables, null).<String>read("$.errors[0].message"))
			.contains("minScore").contains("must not be null");
		assertThat(http().postDocument("suggestedRewards", Map.of("year", 2024, "budget", -1.0), null)
			.<String>read("$.errors[0].message")).contains("budget");
	}

	@Test
	void shouldExportTheRankingAsASpreadsheetWithTheFiguresOfTheQuery() throws Exception {
		java.net.http.HttpResponse<byte[]> reply = get("/export/policy/base-ranking.xlsx?year=2024", PLANNER);
		assertThat(reply.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(reply.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("得分");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("base-c");
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(50.0);
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("base-a");
			assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(43.33);
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
		}
		assertThat(get("/export/policy/base-ranking.xlsx", PLANNER).statusCode()).as("year left out").isEqualTo(400);
		assertThat(get("/export/policy/base-ranking.xlsx?year=2024", null).statusCode()).as("anonymous")
			.isIn(401, 403);
	}

	private java.net.http.HttpResponse<byte[]> get(String path, String token) throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try (var client = java.net.http.HttpClient.newHttpClient()) {
			return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		}
	}

}
