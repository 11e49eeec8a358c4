package city.quanzhou.pilotgraph.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Operation names become metric tags only when our own clients send them or they are configured. */
class OperationNameConventionTests {

	private final ObservabilityConfiguration.OperationNameConvention convention = new ObservabilityConfiguration.OperationNameConvention(
			SavedOperations.names(List.of("PartnerReport")));

	@Test
	void shouldTagTheSavedGraphiqlAndDashboardOperationsByName() {
		assertThat(this.convention.bounded("ChainCoverage")).as("a GraphiQL example").isEqualTo("ChainCoverage");
		assertThat(this.convention.bounded("DashboardHeatmap")).as("a dashboard query").isEqualTo("DashboardHeatmap");
		assertThat(this.convention.bounded("DashboardChanges")).as("the dashboard's subscription").isEqualTo("DashboardChanges");
		assertThat(this.convention.bounded("Suggest")).isEqualTo("Suggest");
		assertThat(this.convention.bounded("PartnerReport")).as("configured").isEqualTo("PartnerReport");
		assertThat(this.convention.bounded(null)).isEqualTo("anonymous");
	}

	@Test
	void shouldTagEveryOtherNameAsOtherHoweverManyCameFirst() {
		for (int i = 0; i < 500; i++) {
			assertThat(this.convention.bounded("Junk" + i)).isEqualTo("other");
		}
		assertThat(this.convention.bounded("drop table; --")).isEqualTo("other");
		assertThat(this.convention.bounded("alive")).as("a word from a comment in the dashboard's code").isEqualTo("other");
		assertThat(this.convention.bounded("DashboardSummary")).isEqualTo("DashboardSummary");
	}

}
