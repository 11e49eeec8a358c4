package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Charges every request to {@code /graphql} (the graphql-ws upgrade included), {@code /admin/**} and
 * {@code /export/**} to its client's budget ({@link ClientBudgets}); a client over its budget is told so at once
 * (429, Retry-After and a GraphQL-shaped error naming the limit) instead of slowing everyone down. It runs after
 * authentication, so the budget is the authenticated principal's, and a credential that is not valid has already
 * been answered 401 without opening a budget of its own. Operations sent over an open WebSocket are charged by
 * {@link WebSocketLimits}.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final ClientBudgets budgets;

	private final ClientKeys keys;

	RateLimitFilter(ClientBudgets budgets, ClientKeys keys) {
		this.budgets = budgets;
		this.keys = keys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !(uri.equals("/graphql") || uri.startsWith("/admin/") || uri.startsWith("/export/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.keys.keyOf(SecurityContextHolder.getContext().getAuthentication(), request.getRemoteAddr(),
				request.getHeader("X-Forwarded-For"));
		ClientBudgets.Admission admission = this.budgets.admit(client);
		if (!admission.admitted()) {
			refuse(response, admission.refusal());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				// a streamed export is still running: its place is given back when it ends
				request.getAsyncContext().addListener(new Release(admission));
			}
			else {
				admission.close();
			}
		}
	}

	static void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(429);
		response.setHeader("Retry-After", "1");
		response.setContentType("application/json");
		response.getOutputStream().write(("{\"errors\":[{\"message\":\"" + message
				+ "\",\"extensions\":{\"classification\":\"RATE_LIMITED\"}}]}").getBytes(StandardCharsets.UTF_8));
	}

	private record Release(ClientBudgets.Admission admission) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.admission.close();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.admission.close();
		}

		@Override
		public void onError(AsyncEvent event) {
			this.admission.close();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
