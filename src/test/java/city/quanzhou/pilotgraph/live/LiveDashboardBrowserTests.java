package city.quanzhou.pilotgraph.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.Browser;
import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An editor's upsert, sent by another client, reaches a dashboard that is already open: through the
 * changes subscription it redraws the panels the new base alters (the data-quality panel among them), without
 * reloading the page.
 */
@Tag("integration")
class LiveDashboardBrowserTests extends FixtureGraphTest {

	@LocalServerPort
	int port;

	@Autowired
	ChangePublisher publisher;

	@Test
	void shouldShowABaseAddedInAnotherSessionWithoutReloading() {
		replaceGraph("""
				CREATE (jinjiang:District {code: '350582', name: '晋江市'})
				CREATE (chain:Entity:IndustryChain {id: 'chain-ne', name: '新能源', source: 'SYNTHETIC', version: 1})
				CREATE (cell:Entity:ChainLink {id: 'link-cell', name: '电芯制造', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
				CREATE (:Entity:ChainLink {id: 'link-bms', name: '电池管理系统', stage: 'DOWNSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
				CREATE (base:Entity:TestBase {id: 'base-cell', name: '晋江电芯中试基地', status: 'OPERATING', openToPublic: true,
				        services: ['PILOT_MATURATION'], source: 'SYNTHETIC', version: 1})
				CREATE (base)-[:COVERS]->(cell), (base)-[:LOCATED_IN]->(jinjiang)
				""");
		try (Browser browser = Browser.start()) {
			browser.open(this.port, "/");
			browser.await((driver) -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
			browser.await((driver) -> "connected".equals(driver.findElement(By.id("live-status")).getDomAttribute("data-state")));
			// the dashboard's subscription is registered with the service before anyone writes
			await().atMost(Duration.ofSeconds(30)).until(() -> this.publisher.subscriberCount() == 1);
			assertThat(browser.driver().findElement(By.id("bases-total")).getText()).isEqualTo("共 1 个基地");
			assertThat(uncoveredCells(browser)).isEqualTo(1);
			browser.script("window.openedOnce = 'this document'");

			Reply reply = http().post(ChangeSubscriptionTests.document("upsertTestBase"), Map.of("input", Map.of(
					"name", "晋江电池管理系统中试平台", "status", "OPERATING", "openToPublic", true,
					"services", List.of("PILOT_MATURATION"), "districtCode", "350582", "coversLinkIds", List.of("link-bms"),
					"operatorIds", List.of())), EDITOR);
			assertThat(reply.<List<?>>read("$.data.upsertTestBase.errors")).isEmpty();

			browser.await((driver) -> driver.findElement(By.id("bases")).getText().contains("晋江电池管理系统中试平台"));
			assertThat(browser.driver().findElement(By.id("bases-total")).getText()).isEqualTo("共 2 个基地");
			browser.await((driver) -> uncoveredCells(browser) == 0);
			browser.await((driver) -> "2".equals(driver.findElement(By.cssSelector("[data-kpi=operatingBases] b")).getText()));
			// the data-quality panel counts the new base too; both bases have a district
			browser.await((driver) -> "2".equals(driver.findElement(By.cssSelector("#quality tr[data-kind=TEST_BASE] td:nth-child(2)")).getText()));
			assertThat(browser.driver().findElement(By.cssSelector("#quality tr[data-kind=TEST_BASE] td:nth-child(3)")).getText())
				.as("without a district").isEqualTo("0");
			assertThat(browser.driver().findElement(By.cssSelector("#change-log li[data-type=CREATED]")).getText())
				.contains("新增", "中试基地", reply.<String>read("$.data.upsertTestBase.base.id"));
			assertThat(browser.<String>script("return window.openedOnce")).as("the page was not reloaded").isEqualTo("this document");
			browser.screenshot("live-update");
		}
	}

	/** Heat-map cells of links that no operating base covers. */
	private static long uncoveredCells(Browser browser) {
		return browser.<Number>script("""
				const option = echarts.getInstanceByDom(document.getElementById('heatmap')).getOption();
				return option.series[0].data.filter((cell) => cell.value[2] === 0).length;""").longValue();
	}

}
