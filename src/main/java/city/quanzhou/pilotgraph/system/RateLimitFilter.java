package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client (its bearer token, or its address when it has none) in front of {@code /graphql}:
 * a client that sends too much is told so at once (429 with a GraphQL error naming the limit) instead of
 * slowing everyone down. Buckets live in this instance's memory; behind a load balancer each instance
 * limits its own share.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_CLIENTS = 100_000;

	private final double perSecond;

	private final double burst;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimitFilter(double perSecond, double burst) {
		this.perSecond = perSecond;
		this.burst = burst;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.buckets.size() > MAX_CLIENTS) {
			// bounded memory: forget everyone rather than grow without end
			this.buckets.clear();
		}
		Bucket bucket = this.buckets.computeIfAbsent(clientOf(request), (client) -> new Bucket(this.burst));
		if (bucket.take(this.perSecond, this.burst)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(429);
		response.setHeader("Retry-After", "1");
		response.setContentType("application/json");
		response.getOutputStream().write(("{\"errors\":[{\"message\":\"rate limit: more than " + (long) this.perSecond
				+ " requests per second (bursts of " + (long) this.burst + ") from this client; retry after a second "
				+ "(pilotgraph.rate-limit)\",\"extensions\":{\"classification\":\"RATE_LIMITED\"}}]}")
			.getBytes(StandardCharsets.UTF_8));
	}

	private static String clientOf(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return (authorization != null) ? "token:" + authorization.hashCode() : "address:" + request.getRemoteAddr();
	}

	private static final class Bucket {

		private double tokens;

		private long refilledAt = System.nanoTime();

		Bucket(double tokens) {
			this.tokens = tokens;
		}

		synchronized boolean take(double perSecond, double burst) {
			long now = System.nanoTime();
			this.tokens = Math.min(burst, this.tokens + (now - this.refilledAt) / 1e9 * perSecond);
			this.refilledAt = now;
			if (this.tokens < 1) {
				return false;
			}
			this.tokens -= 1;
			return true;
		}

	}

}
