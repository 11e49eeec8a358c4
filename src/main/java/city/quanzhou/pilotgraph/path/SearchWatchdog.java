package city.quanzhou.pilotgraph.path;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Bounds how long a search may hold the request's thread, on that thread. Past the bound the watchdog interrupts
 * it; the driver answers an interrupt by closing the connection the statement runs on, so the statement ends
 * and the caller gets its error at once, whatever the database is doing.
 * <p>
 * Why not hand the search to a thread of its own and wait on that with a time-out, as before: the hand-off cost a
 * hops-only path request 16–20 % more CPU while the JIT was still compiling the mix, 0–3 % once warm
 * (docs/benchmarks.md, "Sixth round"); arming and disarming an alarm costs a queue insertion and removal.
 */
final class SearchWatchdog {

	private static final ScheduledThreadPoolExecutor ALARMS = alarms();

	private static final int RUNNING = 0;

	private static final int FIRING = 1;

	private static final int FIRED = 2;

	private static final int ENDED = 3;

	private SearchWatchdog() {
	}

	/**
	 * The work's answer, or {@code overBound}'s exception when the bound passed before the work ended with an
	 * exception of its own (most likely the driver's, for the connection the interrupt closed). Work that ends
	 * in time, or that returns although the alarm went off, leaves the thread uninterrupted.
	 */
	static <T> T within(Duration bound, Supplier<T> work, Function<RuntimeException, RuntimeException> overBound) {
		Watch watch = new Watch(Thread.currentThread());
		ScheduledFuture<?> alarm = ALARMS.schedule(watch::fire, bound.toNanos(), TimeUnit.NANOSECONDS);
		T answer;
		try {
			answer = work.get();
		}
		catch (RuntimeException ex) {
			if (watch.end(alarm)) {
				throw overBound.apply(ex);
			}
			throw ex;
		}
		catch (Error ex) {
			// disarmed all the same: a live alarm would interrupt the thread later, in whatever it does by then
			watch.end(alarm);
			throw ex;
		}
		watch.end(alarm);
		return answer;
	}

	private static ScheduledThreadPoolExecutor alarms() {
		ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "path-search-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		// a disarmed alarm leaves the queue at once, not when its time would have come
		alarms.setRemoveOnCancelPolicy(true);
		return alarms;
	}

	private record Watch(Thread thread, AtomicInteger state) {

		Watch(Thread thread) {
			this(thread, new AtomicInteger(RUNNING));
		}

		void fire() {
			if (this.state.compareAndSet(RUNNING, FIRING)) {
				this.thread.interrupt();
				this.state.set(FIRED);
			}
		}

		/** Disarms the alarm; whether it went off, in which case the interrupt it sent is cleared. */
		boolean end(ScheduledFuture<?> alarm) {
			if (this.state.compareAndSet(RUNNING, ENDED)) {
				alarm.cancel(false);
				return false;
			}
			while (this.state.get() != FIRED) {
				Thread.onSpinWait();
			}
			Thread.interrupted();
			return true;
		}

	}

}
