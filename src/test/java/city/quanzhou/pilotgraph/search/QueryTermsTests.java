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
		assertThat(QueryTerms.expand("Harbin Institue of Technology")).contains("哈尔滨工业大学");
	}

	@Test
	void shouldReadTheKindAQueryNames() {
		assertThat(QueryTerms.hintedKinds("芯片封装测试的中试平台")).containsExactly(EntityKind.TEST_BASE);
		assertThat(QueryTerms.hintedKinds("中药材资源研究所")).containsExactly(EntityKind.INSTITUTE);
		assertThat(QueryTerms.hintedKinds("锂电池安全性放大验证")).containsExactly(EntityKind.TEST_BASE);
		assertThat(QueryTerms.hintedKinds("锂电池安全性")).isEmpty();
		assertThat(QueryTerms.hintedKinds("光刻胶 小批量试制")).containsExactly(EntityKind.TEST_BASE);
	}

	@Test
	void shouldTellTheSubjectFromTheServiceAskedOfIt() {
		assertThat(QueryTerms.subject("光刻胶 小批量试制")).isEqualTo("光刻胶");
		assertThat(QueryTerms.subject("工业机器人 概念验证服务")).isEqualTo("工业机器人");
		assertThat(QueryTerms.subject("医疗器械的中试验证")).isEqualTo("医疗器械");
		assertThat(QueryTerms.subject(QueryTerms.expand("photoresist small batch trial"))).isEqualTo("光刻胶");
		assertThat(QueryTerms.subject("中试平台")).isEmpty();
	}

	@Test
	void shouldEscapeLuceneSyntaxAndAddFuzzyEnglishWords() {
		assertThat(SearchService.fulltextQuery("a+b (c) AND \"d\"")).isEqualTo("a\\+b \\(c\\) and \\\"d\\\"");
		assertThat(SearchService.fulltextQuery("waterless 染色")).isEqualTo("waterless 染色 waterless~1");
		assertThat(SearchService.fulltextQuery("？！")).isNull();
	}

}
