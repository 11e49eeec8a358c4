package city.quanzhou.pilotgraph.path;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The watchdog against a real statement that the database would run for much longer: the driver answers the
 * interrupt by closing the statement's connection, the caller gets its error within the bound and a little,
 * and the driver serves the next statement as usual.
 */
class SearchWatchdogDriverTests extends FixtureGraphTest {

	/** Seconds of work for the database, with nothing in it that ends it sooner. */
	private static final String LONG = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";

	@Test
	void shouldEndAStatementPastTheBoundAndLeaveTheDriverUsable() {
		long started = System.nanoTime();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> SearchWatchdog.within(
				Duration.ofMillis(200), () -> {
					try (Session session = this.driver.session()) {
						return session.run(LONG).single().get("n").asLong();
					}
				}, (cause) -> new IllegalStateException("over the bound", cause)))
			.withMessage("over the bound");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
		try (Session session = this.driver.session()) {
			assertThat(session.run("RETURN $x AS x", Map.of("x", 1)).single().get("x").asInt()).isEqualTo(1);
		}
	}

}
