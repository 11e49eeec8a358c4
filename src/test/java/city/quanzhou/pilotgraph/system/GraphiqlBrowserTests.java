package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.Browser;
import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in headless Chromium with no network but loopback: it loads from the service alone, opens
 * with the example operations as tabs, runs one and shows its answer.
 */
class GraphiqlBrowserTests extends SeededGraphTest {

	@LocalServerPort
	int port;

	@Test
	void shouldRunAnExampleOperationAndShowItsResult() {
		try (Browser browser = Browser.start()) {
			browser.open(this.port, "/graphiql");
			// it opens on the coverage gaps; the mutation comes last
			List<String> tabs = browser.await((driver) -> {
				List<String> names = driver.findElements(By.cssSelector(".graphiql-tab")).stream().map(WebElement::getText).toList();
				return names.size() > 1 ? names : null;
			});
			assertThat(tabs.getFirst()).contains("CoverageGaps");
			assertThat(tabs.getLast()).contains("UpsertTestBase");
			assertThat(browser.driver().findElement(By.cssSelector(".graphiql-tab-active")).getText()).contains("CoverageGaps");
			WebElement tab = browser.await((driver) -> driver.findElements(By.cssSelector(".graphiql-tab")).stream()
				.filter((candidate) -> candidate.getText().contains("ChainCoverage"))
				.findFirst()
				.orElse(null));
			tab.findElement(By.cssSelector("button")).click();
			// GraphiQL names the operation to run after its editor has parsed the new tab's text, a moment after the
			// switch; run before that, it sent the previous tab's name with this tab's query ("Unknown operation")
			browser.await((driver) -> "ChainCoverage".equals(browser.script(
					"return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.operationName")) ? true : null);
			browser.driver().findElement(By.cssSelector(".graphiql-execute-button")).click();
			// CodeMirror draws only the lines in view: read the whole answer from the editor itself
			String result = browser.await((driver) -> {
				String text = browser.script("return document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()");
				return text.contains("chainCoverage") ? text : null;
			});

			List<Map<String, Object>> coverage = JsonPath.parse(result).read("$.data.chainCoverage");
			assertThat(coverage).hasSize((int) count("MATCH (c:IndustryChain) RETURN count(c)"));
			assertThat(coverage.stream().mapToLong((chain) -> ((Number) chain.get("linkCount")).longValue()).sum())
				.isEqualTo(count("MATCH (:ChainLink)-[:PART_OF]->(:IndustryChain) RETURN count(*)"));
			assertThat(result).doesNotContain("\"errors\"");
			List<String> loaded = browser.script("return performance.getEntriesByType('resource').map((entry) => entry.name)");
			assertThat(loaded).allSatisfy((url) -> assertThat(url).startsWith("http://127.0.0.1:" + this.port + "/"));
			browser.screenshot("graphiql");
		}
	}

}
