package city.quanzhou.pilotgraph.entity;

import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.system.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The argument rules every query applies, each refusal naming the argument and the reason. */
class ArgumentsTests {

	@Test
	void shouldAllowFirstFromZeroToTheMaximum() {
		assertThat(Arguments.first("first", 0)).isZero();
		assertThat(Arguments.first("first", Page.MAX_FIRST)).isEqualTo(Page.MAX_FIRST);
		assertThat(Page.of(0, null)).isEqualTo(new Page(0, 0));
	}

	@Test
	void shouldRefuseFirstOutsideItsRangeOrNull() {
		assertRefused(() -> Arguments.first("first", -1), "first", "first: must not be negative (was -1)");
		assertRefused(() -> Arguments.first("first", 101), "first", "first: must be at most 100 (was 101)");
		assertRefused(() -> Arguments.first("options.first", null), "options.first",
				"options.first: must not be null (leave it out to get its default)");
	}

	@Test
	void shouldAllowHopsFromOneToTheCap() {
		assertThat(Arguments.hops("maxHops", 1, 6)).isEqualTo(1);
		assertThat(Arguments.hops("maxHops", 6, 6)).isEqualTo(6);
		assertRefused(() -> Arguments.hops("maxHops", 0, 6), "maxHops", "maxHops: must be at least 1 (was 0)");
		assertRefused(() -> Arguments.hops("hops", 4, 3), "hops", "hops: must be at most 3 (was 4)");
	}

	private static void assertRefused(Runnable check, String argument, String message) {
		assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidArgumentException.class, (refused) -> {
			assertThat(refused.argument()).isEqualTo(argument);
			assertThat(refused.getMessage()).isEqualTo(message);
		});
	}

}
