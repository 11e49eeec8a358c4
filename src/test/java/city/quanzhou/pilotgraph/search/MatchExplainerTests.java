package city.quanzhou.pilotgraph.search;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a hit is explained by, and how its snippet marks them; no database needed. */
class MatchExplainerTests {

	@Test
	void shouldSplitChineseIntoPairsAndKeepLatinWords() {
		assertThat(MatchExplainer.terms("锂电池 pilot 中试")).containsExactly("锂电", "电池", "pilot", "中试");
		assertThat(MatchExplainer.terms("茶")).containsExactly("茶");
	}

	@Test
	void shouldMarkEveryMatchedRunOnce() {
		var snippet = MatchExplainer.highlight("name", "锂电池热失控预警技术", MatchExplainer.terms("热失控预警"));
		assertThat(snippet.text()).isEqualTo("锂电池【热失控预警】技术");
		assertThat(snippet.matched()).isEqualTo(4);
		assertThat(MatchExplainer.highlight("name", "Pilot Base", Set.of("pilot")).text()).isEqualTo("【Pilot】 Base");
	}

	@Test
	void shouldCutALongDescriptionAroundItsFirstMatch() {
		String description = "甲".repeat(100) + "中试熟化" + "乙".repeat(100);
		var snippet = MatchExplainer.highlight("description", description, MatchExplainer.terms("中试熟化"));
		assertThat(snippet.text()).startsWith("…" + "甲".repeat(15) + "【中试熟化】").endsWith("…");
		assertThat(snippet.text().codePointCount(0, snippet.text().length())).isEqualTo(60 + 2 + 2);
	}

	@Test
	void shouldMapTheFusedScoreOntoZeroToOne() {
		assertThat(SearchScale.readable(1.0 + 1.0 / 61)).isEqualTo(1.0);
		assertThat(SearchScale.readable(2.0 / 61)).isEqualTo(SearchScale.CEILING);
		assertThat(SearchScale.readable(1.0 / 61)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(SearchScale.readable(1.0 / 61)).isGreaterThan(SearchScale.readable(1.0 / 90));
	}

}
