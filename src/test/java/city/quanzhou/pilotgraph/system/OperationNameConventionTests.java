package city.quanzhou.pilotgraph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Operation names become metric tags only while they stay few and well formed. */
class OperationNameConventionTests {

	@Test
	void shouldKeepWellFormedNamesUpToTheCapAndCountTheRestAsOther() {
		var convention = new ObservabilityConfiguration.OperationNameConvention();
		assertThat(convention.bounded("ChainCoverage")).isEqualTo("ChainCoverage");
		assertThat(convention.bounded(null)).isEqualTo("anonymous");
		assertThat(convention.bounded("drop table; --")).isEqualTo("other");
		for (int i = 1; i < ObservabilityConfiguration.OperationNameConvention.MAX_NAMES; i++) {
			convention.bounded("Op" + i);
		}
		assertThat(convention.bounded("OneTooMany")).isEqualTo("other");
		assertThat(convention.bounded("ChainCoverage")).as("names seen before keep their tag").isEqualTo("ChainCoverage");
	}

}
