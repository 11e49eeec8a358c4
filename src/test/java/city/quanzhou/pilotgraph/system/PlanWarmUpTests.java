package city.quanzhou.pilotgraph.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every statement planned ahead plans, with the parameters bound to it, on the seeded database. */
class PlanWarmUpTests extends SeededGraphTest {

	@Autowired
	private PlanWarmUp warmUp;

	@Test
	void shouldPlanEveryStatementTheFeaturesPlanAhead() {
		PlanWarmUp.Outcome outcome = this.warmUp.planAll();
		assertThat(outcome.total()).isGreaterThanOrEqualTo(5);
		assertThat(outcome.planned()).isEqualTo(outcome.total());
	}

}
