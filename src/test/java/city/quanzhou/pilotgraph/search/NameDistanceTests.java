package city.quanzhou.pilotgraph.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameDistanceTests {

	@Test
	void shouldCountTheCharactersThatDiffer() {
		assertThat(NameDistance.distance("天津大学泉洲研究院", "天津大学泉州研究院")).isEqualTo(1);
		assertThat(NameDistance.distance("天津大学泉洲研究院", "天津大学")).isEqualTo(5);
		assertThat(NameDistance.distance("哈工大工程技术研究院", "哈工大工程技术研究院")).isZero();
		assertThat(NameDistance.distance("清源实验室", "清源创新实验室")).isEqualTo(2);
	}

	@Test
	void shouldFindAQueryMisspeltInsideALongerName() {
		assertThat(NameDistance.infixDistance("深圳市创新投资集团有限公司", "深圳市创新投姿集团")).isEqualTo(1);
		assertThat(NameDistance.infixDistance("深圳市创新投资集团有限公司", "创新投资")).isZero();
		assertThat(NameDistance.infixDistance("天津大学", "天津大学泉洲研究院")).isEqualTo(5);
	}

	@Test
	void shouldTolerateNoTypoInShortQueriesAndMoreInLongOnes() {
		assertThat(NameDistance.tolerated(5)).isZero();
		assertThat(NameDistance.tolerated(9)).isEqualTo(1);
		assertThat(NameDistance.tolerated(14)).isEqualTo(2);
		assertThat(NameDistance.toleratedInside(7)).isZero();
		assertThat(NameDistance.toleratedInside(9)).isEqualTo(1);
	}

}
