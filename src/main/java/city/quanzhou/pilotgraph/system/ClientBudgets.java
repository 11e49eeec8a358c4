package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every client's budget, whichever way it comes in (GraphQL over HTTP, graphql-ws operations, imports, exports):
 * a token bucket of requests per second, and a cap on how many of its requests may be in progress at once, kept
 * well below the database connection pool so that one client can never take all of the pool. Budgets live in
 * this instance's memory; behind a load balancer each instance limits its own share.
 */
final class ClientBudgets {

	/**
	 * @param perSecond requests per second a client may send on average
	 * @param burst requests a client may send at once after a quiet spell
	 * @param maxInFlight requests of one client in progress at once (HTTP and WebSocket together)
	 * @param maxInFlightPerConnection operations in progress at once on one graphql-ws connection
	 * @param trustedProxies addresses or CIDR blocks whose {@code X-Forwarded-For} names the client
	 */
	@ConfigurationProperties("pilotgraph.rate-limit")
	record Limits(@DefaultValue("100") double perSecond, @DefaultValue("400") double burst,
			@DefaultValue("32") int maxInFlight, @DefaultValue("8") int maxInFlightPerConnection,
			@DefaultValue List<String> trustedProxies) {
	}

	private static final int MAX_CLIENTS = 100_000;

	private final Limits limits;

	private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

	ClientBudgets(Limits limits) {
		this.limits = limits;
	}

	Limits limits() {
		return this.limits;
	}

	/**
	 * Charges one request to the client. Admitted, it holds one of the client's in-flight places until
	 * {@link Admission#close()}; refused, it says which limit and holds nothing.
	 */
	Admission admit(String client) {
		if (this.budgets.size() > MAX_CLIENTS) {
			// bounded memory: forget the idle rather than grow without end
			this.budgets.values().removeIf(Budget::idle);
		}
		Budget budget = this.budgets.computeIfAbsent(client, (key) -> new Budget(this.limits.burst()));
		return budget.admit(this.limits);
	}

	/** The outcome of {@link #admit}: refused with a message naming the limit, or admitted until closed. */
	static final class Admission implements AutoCloseable {

		private final Budget budget;

		private final String refusal;

		private boolean closed;

		private Admission(Budget budget, String refusal) {
			this.budget = budget;
			this.refusal = refusal;
		}

		boolean admitted() {
			return this.refusal == null;
		}

		String refusal() {
			return this.refusal;
		}

		@Override
		public synchronized void close() {
			if (this.budget != null && !this.closed) {
				this.closed = true;
				this.budget.leave();
			}
		}

	}

	private static final class Budget {

		private double tokens;

		private long refilledAt = System.nanoTime();

		private int inFlight;

		Budget(double tokens) {
			this.tokens = tokens;
		}

		synchronized Admission admit(Limits limits) {
			long now = System.nanoTime();
			this.tokens = Math.min(limits.burst(), this.tokens + (now - this.refilledAt) / 1e9 * limits.perSecond());
			this.refilledAt = now;
			if (this.tokens < 1) {
				return new Admission(null, "rate limit: more than " + (long) limits.perSecond() + " requests per second (bursts of "
						+ (long) limits.burst() + ") from this client; retry after a second (pilotgraph.rate-limit.per-second, burst)");
			}
			if (this.inFlight >= limits.maxInFlight()) {
				return new Admission(null, "rate limit: more than " + limits.maxInFlight() + " requests of this client in "
						+ "progress at once; wait for answers before sending more (pilotgraph.rate-limit.max-in-flight)");
			}
			this.tokens -= 1;
			this.inFlight++;
			return new Admission(this, null);
		}

		synchronized void leave() {
			this.inFlight--;
		}

		synchronized boolean idle() {
			return this.inFlight == 0;
		}

	}

}
