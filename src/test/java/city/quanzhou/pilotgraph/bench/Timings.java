package city.quanzhou.pilotgraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies of one run of one kind of request, with the run's wall time, and how runs are driven. */
final class Timings {

	private final List<Long> nanos = new ArrayList<>();

	private long wallNanos;

	private int errors;

	private String firstError;

	synchronized void add(long latencyNanos) {
		this.nanos.add(latencyNanos);
	}

	synchronized void error(String what) {
		this.errors++;
		if (this.firstError == null) {
			this.firstError = what;
		}
	}

	synchronized void merge(Timings other) {
		this.nanos.addAll(other.nanos);
		this.errors += other.errors;
		if (this.firstError == null) {
			this.firstError = other.firstError;
		}
	}

	int count() {
		return this.nanos.size();
	}

	int errors() {
		return this.errors;
	}

	String firstError() {
		return this.firstError;
	}

	/** Percentile in milliseconds (nearest rank). */
	synchronized double millis(double percentile) {
		if (this.nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = new ArrayList<>(this.nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

	double p50() {
		return millis(0.50);
	}

	double p99() {
		return millis(0.99);
	}

	/** Completed requests per second of wall time. */
	double throughput() {
		return (this.wallNanos == 0) ? Double.NaN : this.nanos.size() / (this.wallNanos / 1e9);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "n=%d p50=%.1f ms p99=%.1f ms %.1f/s errors=%d", count(), p50(), p99(), throughput(),
				this.errors);
	}

	/** One request: returns null when it succeeded, otherwise what went wrong. */
	interface Call {

		String run(int sequence) throws Exception;

	}

	/**
	 * Runs {@code call} from {@code concurrency} workers, each sending its next request when the previous one has
	 * answered (a closed loop), until {@code maxRequests} have been sent or {@code seconds} have passed.
	 */
	static Timings closedLoop(int concurrency, double seconds, int maxRequests, Call call) {
		Timings timings = new Timings();
		AtomicInteger sent = new AtomicInteger();
		long started = System.nanoTime();
		long deadline = started + (long) (seconds * 1e9);
		try (ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < concurrency; w++) {
				running.add(workers.submit(() -> {
					while (System.nanoTime() < deadline) {
						int sequence = sent.getAndIncrement();
						if (sequence >= maxRequests) {
							return;
						}
						long start = System.nanoTime();
						try {
							String error = call.run(sequence);
							long took = System.nanoTime() - start;
							if (error == null) {
								timings.add(took);
							}
							else {
								timings.error(error);
							}
						}
						catch (Exception ex) {
							timings.error(ex.getClass().getSimpleName() + ": " + ex.getMessage());
						}
					}
				}));
			}
			for (Future<?> worker : running) {
				try {
					worker.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		timings.wallNanos = System.nanoTime() - started;
		return timings;
	}

}
