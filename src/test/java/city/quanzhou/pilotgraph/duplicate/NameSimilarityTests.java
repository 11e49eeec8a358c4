package city.quanzhou.pilotgraph.duplicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How alike names score, and how a pair's evidence adds up; no Spring context. */
class NameSimilarityTests {

	@Test
	void shouldScoreAnAbbreviatedInstituteNameAsAlikeAndAnotherInstituteAsNot() {
		assertThat(NameSimilarity.of("中纺协石狮研究院", "中纺学石狮产业研究院")).isCloseTo(0.639, within(0.001));
		assertThat(NameSimilarity.of("中纺协石狮研究院", "福建师范大学泉州研究院")).isLessThan(DuplicateService.NAME_FLOOR);
	}

	@Test
	void shouldIgnoreWidthCaseSpacesAndPunctuation() {
		assertThat(NameSimilarity.of("ＡＢＣ 检测（泉州）", "abc检测泉州")).isEqualTo(1.0);
		assertThat(NameSimilarity.of("。", "某研究院")).isZero();
	}

	@Test
	void shouldLetEmbeddingAndDistrictAddToTheNameAndFallBackToTheNameWithoutAnEmbedding() {
		assertThat(DuplicateService.score(0.5, 0.9, true)).isCloseTo(0.67, within(1e-9));
		assertThat(DuplicateService.score(0.5, null, false)).isCloseTo(0.45, within(1e-9));
		assertThat(DuplicateService.score(0.5, -0.2, false)).as("an opposite meaning adds nothing").isCloseTo(0.3, within(1e-9));
	}

}
