package city.quanzhou.pilotgraph.search;

import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.entity.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTermsTests {

	@Test
	void shouldAppendTheChineseOfEnglishTermsLongestFirst() {
		assertThat(QueryTerms.expand("lithium battery pilot base")).isEqualTo("lithium battery pilot base 锂电池 中试基地");
		assertThat(QueryTerms.expand("SiC 功率器件")).isEqualTo("SiC 功率器件 碳化硅");
	}

	@Test
	void shouldLeaveChineseTextAlone() {
		assertThat(QueryTerms.expand("锂电池安全性放大验证")).isEqualTo("锂电池安全性放大验证");
	}

	@Test
	void shouldTakeAnEnglishWordOneTypoAwayAsTheTerm() {
		assertThat(QueryTerms.expand("Tianjn University")).contains("大学", "天津");
		assertThat(QueryTerms.oneEditApart("tianjn", "tianjin")).isTrue();
		assertThat(QueryTerms.oneEditApart("tianjn", "tainjin")).isFalse();
	}

	@Test
	void shouldReadTheKindAQueryNames() {
		assertThat(QueryTerms.hintedKinds("芯片封装测试的中试平台")).containsExactly(EntityKind.TEST_BASE);
		assertThat(QueryTerms.hintedKinds("中药材资源研究所")).containsExactly(EntityKind.INSTITUTE);
		assertThat(QueryTerms.hintedKinds("锂电池安全性放大验证")).containsExactly(EntityKind.TEST_BASE);
		assertThat(QueryTerms.hintedKinds("锂电池安全性")).isEmpty();
	}

	@Test
	void shouldEscapeLuceneSyntaxAndAddFuzzyEnglishWords() {
		assertThat(SearchService.fulltextQuery("a+b (c) AND \"d\"")).isEqualTo("a\\+b \\(c\\) and \\\"d\\\"");
		assertThat(SearchService.fulltextQuery("waterless 染色")).isEqualTo("waterless 染色 waterless~1");
		assertThat(SearchService.fulltextQuery("？！")).isNull();
	}

}
