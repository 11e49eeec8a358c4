package city.quanzhou.pilotgraph.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.Browser;
import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard at {@code /} in headless Chromium with no network but loopback: every panel draws the
 * seed data's figures, which each test works out again with its own Cypher, and the path explorer draws
 * the paths between two entities a broker picks by search.
 */
class DashboardBrowserTests extends SeededGraphTest {

	private static final String OPERATING_COVERS = "EXISTS { MATCH (l)<-[:COVERS]-(:TestBase {status: 'OPERATING'}) }";

	/** ent-0073, a dyeing enterprise the dyeing result reaches over real ties (as in SeededPathTests). */
	private static final String ENTERPRISE_NAME = "泉州泰富印染有限公司";

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void openDashboard() {
		browser.open(this.port, "/");
		browser.await((driver) -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		assertThat(browser.driver().findElements(By.cssSelector(".error"))).as("panels that failed to load").isEmpty();
	}

	@Test
	void shouldDrawTheCoverageHeatMapAndGapsWithTheSeedDataFigures() {
		Map<String, Object> option = chartOption("heatmap");
		// each chain's row is labelled with its covered and total links
		Map<String, String> expected = new HashMap<>();
		rows("""
				MATCH (c:IndustryChain)<-[:PART_OF]-(l:ChainLink)
				RETURN c.name AS chain, count(l) AS links, count(CASE WHEN %s THEN 1 END) AS covered
				""".formatted(OPERATING_COVERS))
			.forEach((row) -> expected.put((String) row.get("chain"), row.get("covered") + "/" + row.get("links")));
		List<String> labels = first(option, "yAxis", "data");
		assertThat(labels).hasSize(expected.size());
		expected.forEach((chain, figures) -> assertThat(labels).contains(chain + "  " + figures));
		// one cell per link, valued by the operating bases covering it
		List<Map<String, Object>> cells = first(option, "series", "data");
		assertThat(cells).hasSize((int) count("MATCH (l:ChainLink)-[:PART_OF]->(:IndustryChain) RETURN count(l)"));
		assertThat(cells.stream().filter((cell) -> value(cell, 2) == 0).count())
			.isEqualTo(count("MATCH (l:ChainLink)-[:PART_OF]->(:IndustryChain) WHERE NOT " + OPERATING_COVERS + " RETURN count(l)"));
		assertThat(cells.stream().mapToLong((cell) -> value(cell, 2)).sum())
			.isEqualTo(count("MATCH (:TestBase {status: 'OPERATING'})-[:COVERS]->(l:ChainLink)-[:PART_OF]->(:IndustryChain) RETURN count(*)"));
		// drawn as SVG, so the labels are really on the page
		assertThat(browser.<String>script("return document.querySelector('#heatmap svg').textContent"))
			.contains(labels.getFirst());

		long uncovered = count("MATCH (l:ChainLink) WHERE NOT " + OPERATING_COVERS + " RETURN count(l)");
		assertThat(text("#gaps-total")).contains(String.valueOf(uncovered));
		// every gap is listed, not a top few
		List<WebElement> gapRows = browser.driver().findElements(By.cssSelector("#gaps tbody tr"));
		assertThat(gapRows).hasSize((int) uncovered);
		long mostWaiting = count("""
				MATCH (l:ChainLink) WHERE NOT %s
				OPTIONAL MATCH (l)<-[:APPLIES_TO]-(r:Result) WHERE r.needsPilot AND r.maturity IN ['LAB', 'BENCH']
				WITH l, count(DISTINCT r) AS waiting RETURN max(waiting)
				""".formatted(OPERATING_COVERS));
		assertThat(gapRows.getFirst().findElements(By.tagName("td")).get(3).getText()).isEqualTo(String.valueOf(mostWaiting));
		assertThat(text("[data-kpi=operatingBases] b"))
			.isEqualTo(String.valueOf(count("MATCH (b:TestBase {status: 'OPERATING'}) RETURN count(b)")));
		browser.screenshot("dashboard");
	}

	@Test
	void shouldChartBasesByDistrictAndStatusAndTurnoverByYear() {
		Map<String, Object> bars = chartOption("districts");
		List<String> districts = first(bars, "xAxis", "data");
		List<Map<String, Object>> series = list(bars, "series");
		for (Map<String, Object> statusSeries : series) {
			String status = (String) statusSeries.get("status");
			List<Number> counts = castList(statusSeries.get("data"));
			assertThat(counts.stream().mapToLong(Number::longValue).sum()).as(status)
				.isEqualTo(count("MATCH (b:TestBase {status: '" + status + "'})-[:LOCATED_IN]->(:District) RETURN count(b)"));
			int jinjiang = districts.indexOf("晋江市");
			assertThat(counts.get(jinjiang).longValue()).as(status + " in 晋江市").isEqualTo(count(
					"MATCH (b:TestBase {status: '" + status + "'})-[:LOCATED_IN]->(:District {name: '晋江市'}) RETURN count(b)"));
		}

		Map<String, Object> turnover = chartOption("turnover");
		List<String> years = first(turnover, "xAxis", "data");
		List<Map<String, Object>> turnoverSeries = list(turnover, "series");
		List<Number> amounts = castList(turnoverSeries.get(0).get("data"));
		List<Number> contracts = castList(turnoverSeries.get(1).get("data"));
		List<Map<String, Object>> expected = rows("""
				MATCH (:Result)-[t:TRANSFERRED_TO]->(:Enterprise) WHERE t.year IS NOT NULL
				RETURN toString(t.year) AS year, sum(t.amount) AS amount, count(t) AS contracts ORDER BY year
				""");
		assertThat(years).containsExactlyElementsOf(expected.stream().map((row) -> (String) row.get("year")).toList());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(amounts.get(i).doubleValue()).as(years.get(i)).isCloseTo(((Number) expected.get(i).get("amount")).doubleValue(),
					org.assertj.core.data.Offset.offset(0.001));
			assertThat(contracts.get(i).longValue()).as(years.get(i)).isEqualTo(expected.get(i).get("contracts"));
		}
	}

	@Test
	void shouldListAndSearchTheBases() {
		assertThat(text("#bases-total")).isEqualTo("共 " + count("MATCH (b:TestBase) RETURN count(b)") + " 个基地");
		browser.driver().findElement(By.id("bases-text")).sendKeys("储能");
		// search finds by words and meaning: at least every base that names 储能, each saying why it matched
		List<String> named = rows("""
				MATCH (b:TestBase) WHERE b.name CONTAINS '储能' OR any(a IN coalesce(b.aliases, []) WHERE a CONTAINS '储能')
				RETURN b.id AS id""").stream().map((row) -> (String) row.get("id")).toList();
		browser.await((driver) -> text("#bases-total").startsWith("找到 ") && driver.findElements(By.cssSelector("#bases tbody tr"))
			.stream().map((row) -> row.getDomAttribute("data-id")).toList().containsAll(named));
		assertThat(browser.driver().findElements(By.cssSelector("#bases tbody tr")))
			.allSatisfy((row) -> assertThat(row.findElement(By.cssSelector(".why")).getText()).contains("得分"));

		browser.driver().findElement(By.id("bases-text")).clear();
		browser.script("document.getElementById('bases-text').dispatchEvent(new Event('input'))");
		new Select(browser.driver().findElement(By.id("bases-status"))).selectByValue("OPERATING");
		long operating = count("MATCH (b:TestBase {status: 'OPERATING'}) RETURN count(b)");
		browser.await((driver) -> text("#bases-total").equals("共 " + operating + " 个基地"));
		assertThat(browser.driver().findElements(By.cssSelector("#bases tbody tr")))
			.allSatisfy((row) -> assertThat(row.getText()).contains("运营中"));
	}

	@Test
	void shouldDrawThePartnerPathsBetweenTwoEntitiesPickedBySearch() {
		long shortest = count("""
				MATCH (a:Entity {id: 'res-waterless-dyeing'}), (b:Entity {id: 'ent-0073'})
				MATCH p = shortestPath((a)-[:COOPERATES_WITH|OWNED_BY|OPERATED_BY|SERVES|BROKERED|TRANSFERRED_TO|INVESTS_IN|PILOTED|SERVED|COVERS|WORKS_FOR|SOLVES|POSTED*..4]-(b))
				WHERE none(n IN nodes(p)[1..-1] WHERE n:ChainLink)
				RETURN length(p)""");
		pick("path-from", "超临界二氧化碳无水染色技术", "res-waterless-dyeing");
		pick("path-to", ENTERPRISE_NAME, "ent-0073");
		// no further than the shortest path: the search stays small even on a busy machine
		new Select(browser.driver().findElement(By.id("path-hops"))).selectByVisibleText(String.valueOf(shortest));
		browser.driver().findElement(By.id("path-find")).click();
		WebElement summary = browser.await((driver) -> {
			WebElement line = driver.findElement(By.id("path-summary"));
			return (line.getDomAttribute("data-count") != null) ? line : null;
		});
		assertThat(summary.getDomAttribute("data-shortest")).isEqualTo(String.valueOf(shortest));
		assertThat(Integer.parseInt(summary.getDomAttribute("data-count"))).isPositive();

		Map<String, Object> graph = chartOption("path-graph");
		List<Map<String, Object>> nodes = first(graph, "series", "data");
		List<Map<String, Object>> links = first(graph, "series", "links");
		assertThat(nodes).extracting((node) -> node.get("id")).contains("res-waterless-dyeing", "ent-0073");
		assertThat(links).hasSizeGreaterThanOrEqualTo((int) shortest);
		assertThat(browser.<String>script("return document.querySelector('#path-graph svg').textContent"))
			.contains("超临界二氧化碳无水染色技术", ENTERPRISE_NAME);
		browser.screenshot("path-explorer", "#paths-panel");
	}

	@Test
	void shouldSwitchToEnglishLabelsAndBack() {
		browser.driver().findElement(By.id("language")).click();
		assertThat(text("h1")).isEqualTo("Quanzhou Pilot-Base Ecosystem");
		assertThat(list(chartOption("districts"), "series")).extracting((series) -> series.get("name"))
			.containsExactly("Operating", "Under construction", "Planned", "Suspended");
		assertThat(text("#bases-total")).endsWith(" bases");
		browser.screenshot("dashboard-english");
		browser.driver().findElement(By.id("language")).click();
		assertThat(text("h1")).isEqualTo("泉州中试基地生态看板");
	}

	@Test
	void shouldLoadEverythingFromTheServiceItselfWithNoOtherNetwork() {
		List<String> loaded = browser.script("return performance.getEntriesByType('resource').map((entry) => entry.name)");
		assertThat(loaded).isNotEmpty()
			.allSatisfy((url) -> assertThat(url).startsWith("http://127.0.0.1:" + this.port + "/"))
			.anySatisfy((url) -> assertThat(url).endsWith("/_static/echarts/6.0.0/dist/echarts.min.js"));
		// and the browser really has no way out: a page that needed a CDN would fail here
		String outside = browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('http://example.com/').then(() => done('reached'), (error) => done('failed'));""");
		assertThat(outside).isEqualTo("failed");
	}

	@Test
	void shouldMarkFiguresWithoutAPublishedSourceAndShowPublishedDataOnlyOnRequest() {
		String publishedCovers = """
				EXISTS { MATCH (l)<-[r:COVERS]-(:TestBase {status: 'OPERATING'}) WHERE r.source IN ['SOURCE_DOCUMENT', 'PUBLIC'] }""";
		List<Map<String, Object>> cells = first(chartOption("heatmap"), "series", "data");
		assertThat(cells.stream().filter((cell) -> Boolean.TRUE.equals(cell.get("unsupported"))).count())
			.as("cells an operating base covers by a synthetic or unsourced tie")
			.isEqualTo(count("""
					MATCH (l:ChainLink)-[:PART_OF]->(:IndustryChain)
					WHERE EXISTS { MATCH (l)<-[r:COVERS]-(:TestBase {status: 'OPERATING'})
					               WHERE NOT r.source IN ['SOURCE_DOCUMENT', 'PUBLIC'] }
					RETURN count(l)"""));
		long links = count("MATCH (l:ChainLink)-[:PART_OF]->(:IndustryChain) RETURN count(l)");
		long published = count("MATCH (l:ChainLink)-[:PART_OF]->(:IndustryChain) WHERE " + publishedCovers + " RETURN count(l)");
		assertThat(text("[data-kpi=publishedCoverage] b")).isEqualTo(published + "/" + links);
		assertThat(text("[data-kpi=unreviewed]")).contains(String.valueOf(count("MATCH (p:Proposal {status: 'PENDING'}) RETURN count(p)")));

		WebElement toggle = browser.driver().findElement(By.id("published-only"));
		toggle.click();
		try {
			Map<String, String> expected = new HashMap<>();
			rows("""
					MATCH (c:IndustryChain)<-[:PART_OF]-(l:ChainLink)
					RETURN c.name AS chain, count(l) AS links, count(CASE WHEN %s THEN 1 END) AS covered
					""".formatted(publishedCovers))
				.forEach((row) -> expected.put((String) row.get("chain"), row.get("covered") + "/" + row.get("links")));
			browser.await((driver) -> {
				List<String> labels = first(chartOption("heatmap"), "yAxis", "data");
				return expected.entrySet().stream().allMatch((chain) -> labels.contains(chain.getKey() + "  " + chain.getValue()));
			});
			browser.await((driver) -> text("#gaps-total").contains(String.valueOf(links - published)));
			browser.screenshot("dashboard-published-only");
		}
		finally {
			// the choice is kept in the browser; the other tests read every tie
			toggle.click();
		}
		assertThat(toggle.isSelected()).isFalse();
	}

	private void pick(String inputId, String text, String id) {
		browser.driver().findElement(By.id(inputId)).sendKeys(text);
		browser.await((driver) -> driver.findElement(By.cssSelector("#" + inputId + " + .suggestions li[data-id='" + id + "']")))
			.click();
		assertThat(browser.driver().findElement(By.id(inputId)).getDomAttribute("data-id")).isEqualTo(id);
	}

	private static String text(String css) {
		return browser.driver().findElement(By.cssSelector(css)).getText();
	}

	private static Map<String, Object> chartOption(String id) {
		return browser.script("return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()", id);
	}

	/** The property {@code field} of the first element of the option's list {@code key}. */
	private static <T> T first(Map<String, Object> option, String key, String field) {
		return castList(list(option, key).getFirst().get(field));
	}

	private static List<Map<String, Object>> list(Map<String, Object> option, String key) {
		return castList(option.get(key));
	}

	@SuppressWarnings("unchecked")
	private static <T> T castList(Object value) {
		return (T) value;
	}

	private static long value(Map<String, Object> cell, int dimension) {
		return ((Number) ((List<?>) cell.get("value")).get(dimension)).longValue();
	}

	private List<Map<String, Object>> rows(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((record) -> record.asMap()));
		}
	}

}
