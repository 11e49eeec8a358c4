package city.quanzhou.pilotgraph.path;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The watchdog ends work that overruns its bound with the caller's error, and leaves the thread as it found it
 * whichever way the work ends.
 */
class SearchWatchdogTests {

	@AfterEach
	void threadNotInterrupted() {
		assertThat(Thread.interrupted()).as("the thread's interrupt status after the test").isFalse();
	}

	@Test
	void shouldEndWorkThatOverrunsItsBoundWithTheCallersError() {
		long started = System.nanoTime();
		assertThatExceptionOfType(OverBound.class).isThrownBy(() -> SearchWatchdog.within(Duration.ofMillis(50), () -> {
			try {
				Thread.sleep(30_000);
				return "finished";
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException("interrupted", ex);
			}
		}, OverBound::new)).withCauseInstanceOf(IllegalStateException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void shouldAnswerAndPassOnTheWorksOwnErrorsWithinTheBound() {
		assertThat(SearchWatchdog.within(Duration.ofSeconds(30), () -> "answer", OverBound::new)).isEqualTo("answer");
		assertThatIllegalStateException()
			.isThrownBy(() -> SearchWatchdog.within(Duration.ofSeconds(30), () -> {
				throw new IllegalStateException("its own");
			}, OverBound::new))
			.withMessage("its own");
	}

	@Test
	void shouldDisarmTheAlarmWhenTheWorkFailsWithAnError() throws InterruptedException {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> SearchWatchdog.within(Duration.ofMillis(50),
				() -> {
					throw new AssertionError("an error, not an exception");
				}, OverBound::new));
		// past the bound: an alarm left armed would have interrupted this thread by now
		Thread.sleep(200);
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
	}

	@Test
	void shouldLeaveNoInterruptBehindWhenTheAlarmAndTheEndMeet() {
		// bounds about as long as the work, so that the alarm goes off before, during and after its end
		AtomicInteger overBound = new AtomicInteger();
		for (int i = 0; i < 20_000; i++) {
			int call = i;
			try {
				SearchWatchdog.within(Duration.ofNanos(call % 50 * 1_000L), () -> {
					long until = System.nanoTime() + 20_000;
					while (System.nanoTime() < until) {
						Thread.onSpinWait();
					}
					return call;
				}, OverBound::new);
			}
			catch (OverBound ex) {
				overBound.incrementAndGet();
			}
			assertThat(Thread.currentThread().isInterrupted()).as("interrupted after call %d", i).isFalse();
		}
		// spinning work never sees the interrupt: it returns, and the alarm's interrupt is taken back
		assertThat(overBound.get()).isZero();
	}

	private static final class OverBound extends RuntimeException {

		OverBound(RuntimeException cause) {
			super("over the bound", cause);
		}

	}

}
