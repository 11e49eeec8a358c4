package city.quanzhou.pilotgraph.path;

import java.util.Map;

import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.entity.EntityProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How the path statements are assembled: every slot filled in one pass, the hop bound in the walk's
 * quantifier, and a template whose slots and fragments disagree refused at once. The searches themselves are
 * checked against a real database in {@link PartnerPathTests} and {@link SeededPathTests}.
 */
class PathQueriesTests {

	@Test
	void shouldLeaveNoSlotUnfilledInAnyStatement() {
		for (int hops = 1; hops <= PathService.MAX_HOPS; hops++) {
			assertThat(PathQueries.partnerPaths(hops, EntityProjection.WHOLE)).doesNotContain("{{");
			assertThat(PathQueries.bridgingBrokers(hops, EntityProjection.WHOLE, EntityProjection.ID_ONLY)).doesNotContain("{{");
			assertThat(ProspectQueries.reachableEnterprises(hops, EntityProjection.WHOLE, false)).doesNotContain("{{");
			if (hops > 1) {
				assertThat(ProspectQueries.reachableEnterprises(hops, EntityProjection.WHOLE, true)).doesNotContain("{{");
			}
			assertThat(PathQueries.shortestLength(hops, false)).doesNotContain("{{").contains("*1.." + hops + "]");
			assertThat(PathQueries.shortestLength(hops, true)).doesNotContain("{{");
		}
		assertThat(PathQueries.neighbourhood(2, EntityProjection.WHOLE)).doesNotContain("{{");
	}

	@Test
	void shouldBoundTheWalkByAllHopsButTheLast() {
		assertThat(PathQueries.partnerPaths(4, EntityProjection.WHOLE)).contains("){0,3}()-[:" + RealTies.PATTERN + "]-(b)");
		assertThat(PathQueries.partnerPaths(1, EntityProjection.WHOLE)).contains("(a)-[:" + RealTies.PATTERN + "]-(b)")
			.doesNotContain("{0,");
	}

	@Test
	void shouldWalkTheTwoSearchesOfBridgingBrokersOnTheirOwnVariables() {
		String statement = PathQueries.bridgingBrokers(3, EntityProjection.WHOLE, EntityProjection.WHOLE);
		assertThat(statement).contains("(x WHERE NOT x:ChainLink").contains("(y WHERE NOT y:ChainLink");
	}

	@Test
	void shouldFillEachSlotOnceWithoutReadingSlotsInsideFragments() {
		assertThat(PathQueries.fill("RETURN {{a}}, {{b}}", Map.of("a", "'{{b}}'", "b", "2"))).isEqualTo("RETURN '{{b}}', 2");
	}

	@Test
	void shouldRefuseASlotWithoutAFragmentAndAFragmentWithoutASlot() {
		assertThatIllegalStateException().isThrownBy(() -> PathQueries.fill("RETURN {{a}}", Map.of()))
			.withMessageContaining("{{a}}");
		assertThatIllegalStateException().isThrownBy(() -> PathQueries.fill("RETURN 1", Map.of("a", "2")))
			.withMessageContaining("a");
	}

}
