package city.quanzhou.pilotgraph.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.Browser;
import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a planner's workbench in headless Chromium, each answer checked against Cypher on the
 * seed data: the gap explorer's filters and drawer, the districts' map and matrix, the performance ranking
 * and its formula, the challenge list, search that finds, shareable addresses and the spreadsheet export.
 */
class WorkbenchBrowserTests extends SeededGraphTest {

	private static final String NEW_ENERGY = "chain-new-energy";

	private static final String WAITING = "r.needsPilot AND r.maturity IN ['LAB', 'BENCH']";

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

	private void open(String path) {
		browser.driver().manage().window().setSize(new Dimension(1400, 1000));
		browser.open(this.port, path);
		browser.await((driver) -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		assertThat(browser.driver().findElements(By.cssSelector(".error"))).as("panels that failed to load").isEmpty();
	}

	@Test
	void shouldOpenTheDrawerOfANewEnergyGapWithTheWaitingResultsAndPlannedBasesOfTheGraph() {
		open("/");
		new Select(browser.driver().findElement(By.id("gaps-chain"))).selectByValue(NEW_ENERGY);
		List<String> gaps = strings("""
				MATCH (l:ChainLink)-[:PART_OF]->(:IndustryChain {id: $chain})
				WHERE NOT EXISTS { MATCH (l)<-[:COVERS]-(:TestBase {status: 'OPERATING'}) }
				RETURN l.id ORDER BY l.id""", Map.of("chain", NEW_ENERGY));
		assertThat(gaps).as("the seed data has new-energy gaps").isNotEmpty();
		browser.await((driver) -> sorted(attributes("#gaps tbody tr", "data-link")).equals(gaps));
		// the gap with most waiting results, and of those one with a planned base when there is one
		String link = strings("""
				MATCH (l:ChainLink) WHERE l.id IN $gaps
				RETURN l.id ORDER BY COUNT { (l)<-[:COVERS]-(b:TestBase WHERE b.status IN ['PLANNED', 'UNDER_CONSTRUCTION']) } > 0 DESC,
				       COUNT { (l)<-[:APPLIES_TO]-(r:Result WHERE %s) } DESC, l.id LIMIT 1""".formatted(WAITING),
				Map.of("gaps", gaps)).getFirst();
		browser.driver().findElement(By.cssSelector("#gaps tbody tr[data-link='" + link + "']")).click();
		assertDrawerShowsTheGraph(link);
		assertThat(browser.driver().getCurrentUrl()).contains("chain=" + NEW_ENERGY).contains("link=" + link);
		browser.screenshot("workbench-drawer");

		// a heat-map cell opens the same drawer
		browser.driver().findElement(By.id("drawer-close")).click();
		String other = gaps.stream().filter((id) -> !id.equals(link)).findFirst().orElse(link);
		List<Number> pixel = browser.script("""
				const chart = echarts.getInstanceByDom(document.getElementById('heatmap'));
				const cell = chart.getOption().series[0].data.find((c) => c.linkId === arguments[0]);
				return chart.convertToPixel({ seriesIndex: 0 }, cell.value.slice(0, 2));""", other);
		WebElement heatmap = browser.driver().findElement(By.id("heatmap"));
		browser.script("arguments[0].scrollIntoView({ block: 'center' })", heatmap);
		new Actions(browser.driver())
			.moveToElement(heatmap, pixel.get(0).intValue() - heatmap.getSize().getWidth() / 2,
					pixel.get(1).intValue() - heatmap.getSize().getHeight() / 2)
			.click()
			.perform();
		assertDrawerShowsTheGraph(other);
	}

	private void assertDrawerShowsTheGraph(String link) {
		List<String> waiting = strings("MATCH (:ChainLink {id: $link})<-[:APPLIES_TO]-(r:Result) WHERE " + WAITING
				+ " RETURN r.id ORDER BY r.id", Map.of("link", link));
		List<String> planned = strings("""
				MATCH (:ChainLink {id: $link})<-[:COVERS]-(b:TestBase) WHERE b.status IN ['PLANNED', 'UNDER_CONSTRUCTION']
				RETURN b.id ORDER BY b.id""", Map.of("link", link));
		browser.await((driver) -> !driver.findElement(By.id("drawer")).getDomProperty("hidden").equals("true")
				&& !driver.findElements(By.cssSelector("#drawer [data-section=waiting]")).isEmpty()
				&& driver.findElement(By.id("drawer-title")).getText().equals(string("MATCH (l:ChainLink {id: $link}) RETURN l.name", Map.of("link", link))));
		assertThat(sorted(attributes("#drawer [data-section=waiting] li", "data-id"))).isEqualTo(waiting);
		assertThat(sorted(attributes("#drawer [data-section=planned] li", "data-id"))).isEqualTo(planned);
		// each waiting result with its owners and maturity
		for (WebElement item : browser.driver().findElements(By.cssSelector("#drawer [data-section=waiting] li"))) {
			List<String> owners = strings("MATCH (:Result {id: $id})-[:OWNED_BY]->(o) RETURN o.name",
					Map.of("id", item.getDomAttribute("data-id")));
			assertThat(item.getText()).contains(owners).containsAnyOf("实验室", "小试");
		}
	}

	@Test
	void shouldFilterTheGapsByDistrictAndStageAsCoverageGapsDoes() {
		open("/");
		new Select(browser.driver().findElement(By.id("gaps-district"))).selectByValue("晋江市");
		List<String> expected = strings("""
				MATCH (l:ChainLink)-[:PART_OF]->(:IndustryChain)
				WHERE NOT EXISTS { MATCH (l)<-[:COVERS]-(:TestBase {status: 'OPERATING'})-[:LOCATED_IN]->(:District {name: '晋江市'}) }
				RETURN l.id ORDER BY l.id""", Map.of());
		long cityWide = count("MATCH (l:ChainLink) WHERE NOT EXISTS { MATCH (l)<-[:COVERS]-(:TestBase {status: 'OPERATING'}) } RETURN count(l)");
		assertThat((long) expected.size()).as("a district filter finds more gaps than the city").isGreaterThan(cityWide);
		browser.await((driver) -> sorted(attributes("#gaps tbody tr", "data-link")).equals(expected));
		// the coverageGaps answer for the same district, as the API gives it
		List<String> api = this.graphQl.document("{ coverageGaps(district: \"晋江市\", first: 100) { link { id } } }")
			.execute().path("coverageGaps[*].link.id").entityList(String.class).get();
		assertThat(sorted(api)).isEqualTo(expected);

		new Select(browser.driver().findElement(By.id("gaps-stage"))).selectByValue("UPSTREAM");
		List<String> upstream = strings("MATCH (l:ChainLink) WHERE l.id IN $ids AND l.stage = 'UPSTREAM' RETURN l.id ORDER BY l.id",
				Map.of("ids", expected));
		browser.await((driver) -> sorted(attributes("#gaps tbody tr", "data-link")).equals(upstream));
		assertThat(browser.driver().getCurrentUrl()).contains("district=" + URLEncoder.encode("晋江市", StandardCharsets.UTF_8))
			.contains("stage=UPSTREAM");
	}

	@Test
	void shouldRestoreTheFiltersOfASharedAddress() {
		String link = "link-ne-bms";
		open("/?chain=" + NEW_ENERGY + "&district=" + URLEncoder.encode("南安市", StandardCharsets.UTF_8)
				+ "&stage=MIDSTREAM&year=2024&q=" + URLEncoder.encode("储能", StandardCharsets.UTF_8) + "&link=" + link);
		assertThat(value("gaps-chain")).isEqualTo(NEW_ENERGY);
		assertThat(value("gaps-district")).isEqualTo("南安市");
		assertThat(value("gaps-stage")).isEqualTo("MIDSTREAM");
		assertThat(value("performance-year")).isEqualTo("2024");
		assertThat(value("bases-text")).isEqualTo("储能");
		List<String> expected = strings("""
				MATCH (l:ChainLink {stage: 'MIDSTREAM'})-[:PART_OF]->(:IndustryChain {id: $chain})
				WHERE NOT EXISTS { MATCH (l)<-[:COVERS]-(:TestBase {status: 'OPERATING'})-[:LOCATED_IN]->(:District {name: '南安市'}) }
				RETURN l.id ORDER BY l.id""", Map.of("chain", NEW_ENERGY));
		assertThat(sorted(attributes("#gaps tbody tr", "data-link"))).isEqualTo(expected);
		assertThat(browser.driver().findElement(By.id("drawer")).isDisplayed()).isTrue();
		assertDrawerShowsTheGraph(link);
		// the printed page states the same filters under the bureau's heading
		assertThat(browser.driver().findElement(By.id("print-heading")).getDomProperty("textContent"))
			.contains("泉州市科学技术局", "新能源", "南安市", "中游", "2024", "储能");
	}

	@Test
	void shouldFindTheBatteryBasesForLithiumBatteryAndSayWhy() {
		open("/");
		browser.driver().findElement(By.id("bases-text")).sendKeys("锂电池");
		List<String> battery = strings("""
				MATCH (b:TestBase) WHERE b.name CONTAINS '电池' OR b.description CONTAINS '电池'
				   OR any(a IN coalesce(b.aliases, []) WHERE a CONTAINS '电池')
				RETURN b.id ORDER BY b.id""", Map.of());
		assertThat(battery).as("the seed data has battery bases").isNotEmpty();
		// the search's answer, not the list of all bases shown before it
		browser.await((driver) -> text("#bases-total").startsWith("找到 ") && attributes("#bases tbody tr", "data-id").containsAll(battery));
		for (String id : battery) {
			assertThat(browser.driver().findElement(By.cssSelector("#bases tbody tr[data-id='" + id + "'] .why")).getText())
				.as("why %s matched", id).containsAnyOf("关键词", "语义相近", "名称一致", "简称").contains("得分");
		}
		assertThat(browser.driver().getCurrentUrl()).contains("q=" + URLEncoder.encode("锂电池", StandardCharsets.UTF_8));
	}

	@Test
	void shouldShowEveryDistrictOnTheMapAndInTheMatrix() {
		open("/");
		List<String> districts = strings("MATCH (d:District) RETURN d.name ORDER BY d.name", Map.of());
		assertThat(districts).hasSize(12).contains("金门县");
		Map<String, Object> map = browser.script("return echarts.getInstanceByDom(document.getElementById('district-map')).getOption()");
		List<Map<String, Object>> series = cast(map.get("series"));
		List<Map<String, Object>> tiles = cast(series.getFirst().get("data"));
		assertThat(tiles.stream().map((tile) -> (String) tile.get("name")).sorted().toList()).isEqualTo(districts);
		assertThat(browser.<String>script("return document.querySelector('#district-map svg').textContent")).contains("金门县", "晋江市");
		// the matrix: a column per district, a mark where an operating base of the district covers the link
		List<String> columns = browser.script("return [...document.querySelectorAll('#district-matrix thead th[data-code]')].map((th) => th.title)");
		assertThat(columns).hasSize(12).contains("金门县");
		for (String district : List.of("晋江市", "金门县")) {
			int column = columns.indexOf(district) + 2;
			List<String> covered = browser.script("return [...document.querySelectorAll('#district-matrix tbody tr')]"
					+ ".filter((tr) => tr.querySelector('td:nth-child(' + arguments[0] + ')').classList.contains('yes'))"
					+ ".map((tr) => tr.dataset.link)", column);
			assertThat(sorted(covered)).as(district).isEqualTo(strings("""
					MATCH (:District {name: $district})<-[:LOCATED_IN]-(:TestBase {status: 'OPERATING'})-[:COVERS]->(l:ChainLink)
					RETURN DISTINCT l.id ORDER BY l.id""", Map.of("district", district)));
		}
		// and the district bars have every district too
		List<String> bars = browser.script("return echarts.getInstanceByDom(document.getElementById('districts')).getOption().xAxis[0].data");
		assertThat(bars).containsAll(districts);
		browser.screenshot("workbench-districts", "#district-map-panel");
	}

	@Test
	void shouldRankTheBasesByTheDocumentedFormula() {
		open("/?year=2024");
		// docs/assessment.md: values per criterion for the bases assessed in the year, each against the best
		List<Map<String, Object>> values = rows("""
				MATCH (b:TestBase) WHERE b.status IN ['OPERATING', 'SUSPENDED'] AND coalesce(b.establishedYear, 0) <= 2024
				RETURN b.id AS id,
				  reduce(total = 0, projects IN COLLECT { MATCH (b)-[s:SERVED]->(:Enterprise) WHERE s.year = 2024
				                                           RETURN coalesce(s.projects, 1) } | total + projects) AS SERVICES,
				  size(COLLECT { MATCH (b)-[s:SERVED]->(e:Enterprise) WHERE s.year = 2024 RETURN DISTINCT e.id }) AS ENTERPRISES,
				  size(COLLECT { MATCH (b)-[p:PILOTED]->(r:Result) WHERE p.year = 2024 RETURN DISTINCT r.id }) AS PILOTS,
				  size(COLLECT { MATCH (b)-[p:PILOTED]->(r:Result) WHERE p.year <= 2024
				          AND (r.maturity = 'INDUSTRIAL' OR EXISTS { MATCH (r)-[t:TRANSFERRED_TO]->(:Enterprise) WHERE t.year <= 2024 })
				          RETURN DISTINCT r.id }) AS INDUSTRY,
				  CASE WHEN b.openToPublic THEN 1 ELSE 0 END AS OPENNESS""");
		Map<String, Object> criteria = rows("MATCH (c:AssessmentCriteria) RETURN c.criteria AS criteria, c.weights AS weights ORDER BY c.version DESC LIMIT 1").getFirst();
		List<String> names = cast(criteria.get("criteria"));
		List<Number> weights = cast(criteria.get("weights"));
		Map<String, Double> best = new HashMap<>();
		names.forEach((name) -> best.put(name, values.stream().mapToDouble((row) -> ((Number) row.get(name)).doubleValue()).max().orElse(0)));

		List<String> ranked = attributes("#performance tbody tr", "data-base");
		assertThat(ranked).hasSize(values.size());
		for (String base : ranked.subList(0, 2)) {
			Map<String, Object> row = values.stream().filter((r) -> r.get("id").equals(base)).findFirst().orElseThrow();
			BigDecimal expected = BigDecimal.ZERO;
			for (int i = 0; i < names.size(); i++) {
				double top = best.get(names.get(i));
				double points = (top == 0) ? 0 : weights.get(i).doubleValue() * ((Number) row.get(names.get(i))).doubleValue() / top;
				expected = expected.add(BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP));
			}
			String shown = browser.driver().findElement(By.cssSelector("#performance tr[data-base='" + base + "'] td[data-score]")).getDomAttribute("data-score");
			assertThat(new BigDecimal(shown).setScale(2, RoundingMode.HALF_UP)).as(base).isEqualByComparingTo(expected);
		}
		assertThat(text("#performance-formula")).contains("Σ", "docs/assessment.md");
		browser.screenshot("workbench-performance", "#performance-panel");
	}

	@Test
	void shouldListTheChallengeDemandsWithFundingAndSolvers() {
		open("/");
		List<String> listed = strings("MATCH (d:Demand {challengeList: true}) RETURN d.id ORDER BY d.id", Map.of());
		assertThat(sorted(attributes("#demands tbody tr[data-demand]", "data-demand"))).isEqualTo(listed);
		double funded = rows("MATCH (:Demand {challengeList: true})<-[s:SOLVES]-() RETURN sum(coalesce(s.funding, 0)) AS f")
			.getFirst().get("f") instanceof Number n ? n.doubleValue() : 0;
		assertThat(text("#demands-total")).contains(String.format("%.2f", funded));
		String demand = listed.getFirst();
		browser.driver().findElement(By.cssSelector("#demands tr[data-demand='" + demand + "'] button")).click();
		List<String> solvers = this.graphQl.document("query($id: ID!) { demandSolvers(demandId: $id, first: 5) { solver { id } } }")
			.variable("id", demand).execute().path("demandSolvers[*].solver.id").entityList(String.class).get();
		browser.await((driver) -> attributes("#demands tr[data-solvers='" + demand + "'] li", "data-id").equals(solvers)
				|| (solvers.isEmpty() && text("#demands tr[data-solvers='" + demand + "']").contains("没有找到")));
	}

	@Test
	void shouldExportTheGapPanelAsASpreadsheetHoldingTheRowsOnScreen() throws IOException {
		open("/?chain=" + NEW_ENERGY);
		// keep the download in the page: the test reads the file the button made
		browser.script("""
				document.addEventListener('click', (event) => {
				  if (event.target.download) { window.exported = event.target.href; event.preventDefault(); }
				}, true);""");
		browser.driver().findElement(By.cssSelector("#gaps-panel .export")).click();
		String base64 = browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				const wait = () => window.exported ? fetch(window.exported).then((r) => r.arrayBuffer()).then((buffer) => {
				  let text = ''; new Uint8Array(buffer).forEach((b) => { text += String.fromCharCode(b); }); done(btoa(text));
				}) : setTimeout(wait, 100);
				wait();""");
		List<List<String>> onScreen = browser.script("return [...document.querySelectorAll('#gaps tbody tr')]"
				+ ".map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> cells = new ArrayList<>();
			for (Row row : sheet) {
				List<String> line = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					line.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
							? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
				}
				cells.add(line);
			}
			assertThat(cells.get(0)).containsExactly("泉州市科学技术局");
			assertThat(cells.get(1)).containsExactly("覆盖缺口");
			assertThat(cells.get(3).getFirst()).startsWith("筛选条件").contains("产业链：新能源");
			int header = cells.indexOf(List.of("环节", "位置", "产业链", "待中试成果", "企业", "规划/在建基地"));
			assertThat(header).isPositive();
			List<List<String>> exported = cells.subList(header + 1, cells.size()).stream()
				.map((line) -> { List<String> full = new ArrayList<>(line); while (full.size() < 6) full.add(""); return full; })
				.toList();
			assertThat(exported).isEqualTo(onScreen).isNotEmpty();
		}
	}

	@Test
	void shouldShowPathErrorsInThePageLanguageAndClearTheOldAnswer() {
		open("/");
		browser.driver().findElement(By.id("path-from")).sendKeys("泉州泰富印染有限公司");
		browser.await((driver) -> driver.findElement(By.cssSelector("#path-from + .suggestions li[data-id='ent-0073']"))).click();
		browser.driver().findElement(By.id("path-to")).sendKeys("泉州泰富印染有限公司");
		browser.await((driver) -> driver.findElement(By.cssSelector("#path-to + .suggestions li[data-id='ent-0073']"))).click();
		// each suggestion says why it matched (read from the page: the list is closed once one is chosen)
		assertThat(browser.driver().findElement(By.cssSelector("#path-to + .suggestions li[data-id='ent-0073'] .why"))
			.getDomProperty("textContent")).contains("得分");
		browser.driver().findElement(By.id("path-find")).click();
		browser.await((driver) -> text("#path-summary").contains("终点：不能与起点相同"));
		assertThat(browser.driver().findElements(By.cssSelector("#path-list li"))).isEmpty();
	}

	@Test
	void shouldLayOutFromAPhoneToABigScreenAndPrintOnA4() {
		open("/?chain=" + NEW_ENERGY);
		browser.screenshot("workbench-zh");
		wholePage("workbench-zh-whole-page");
		browser.driver().findElement(By.id("language")).click();
		browser.await((driver) -> text("#gaps-total").contains("links"));
		// chains, links and districts by their English names
		assertThat(browser.driver().findElements(By.cssSelector("#gaps tbody tr td:nth-child(3)")))
			.isNotEmpty().allSatisfy((cell) -> assertThat(cell.getText()).isEqualTo("New energy"));
		assertThat(browser.<List<String>>script("return echarts.getInstanceByDom(document.getElementById('heatmap')).getOption().yAxis[0].data"))
			.anySatisfy((label) -> assertThat(label).startsWith("New energy  "));
		assertThat(browser.<String>script("return document.querySelector('#district-map svg').textContent")).contains("Jinmen (Kinmen) County");
		browser.screenshot("workbench-en");
		browser.driver().findElement(By.id("language")).click();

		browser.driver().manage().window().setSize(new Dimension(390, 844));
		browser.await((driver) -> browser.<Number>script("return document.documentElement.clientWidth").intValue() <= 390);
		assertThat(browser.<Number>script("return document.documentElement.scrollWidth").intValue())
			.as("no sideways scrolling of the page at 390 px").isLessThanOrEqualTo(390);
		browser.screenshot("workbench-390");

		browser.driver().manage().window().setSize(new Dimension(1920, 1080));
		browser.screenshot("workbench-1920x1080");
		assertThat(browser.<Number>script("return document.documentElement.scrollWidth").intValue()).isLessThanOrEqualTo(1920);

		// an A4 page's width at 96 dpi, as the browser lays out the printed report
		browser.driver().manage().window().setSize(new Dimension(794, 1123));
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		browser.script("window.dispatchEvent(new Event('beforeprint'))");
		try {
			assertThat(browser.driver().findElement(By.id("print-heading")).isDisplayed()).isTrue();
			assertThat(browser.driver().findElement(By.cssSelector("header")).isDisplayed()).isFalse();
			browser.screenshot("workbench-print");
			wholePage("workbench-print-whole-page");
		}
		finally {
			browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		assertThat(browser.<String>asyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/favicon.ico').then((r) => done(r.status + ' ' + r.headers.get('content-type')));""")).startsWith("200 image/");
	}

	/** The whole page, not only what the window shows, to target/screenshots/{name}.png. */
	private static void wholePage(String name) {
		Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		try {
			Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(Path.of("target", "screenshots", name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String value(String id) {
		return browser.driver().findElement(By.id(id)).getDomProperty("value");
	}

	private static String text(String css) {
		return browser.driver().findElement(By.cssSelector(css)).getText();
	}

	/** The attribute of every element the selector finds, read in one script: the rows may be redrawn meanwhile. */
	private static List<String> attributes(String css, String attribute) {
		return browser.script("return [...document.querySelectorAll(arguments[0])].map((e) => e.getAttribute(arguments[1]))", css, attribute);
	}

	private static List<String> sorted(List<String> values) {
		return values.stream().sorted().toList();
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

	private List<String> strings(String cypher, Map<String, Object> parameters) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).list((record) -> record.get(0).asString()));
		}
	}

	private String string(String cypher, Map<String, Object> parameters) {
		return strings(cypher, parameters).getFirst();
	}

	private List<Map<String, Object>> rows(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((record) -> record.asMap()));
		}
	}

}
