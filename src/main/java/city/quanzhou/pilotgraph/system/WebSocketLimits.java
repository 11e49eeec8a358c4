package city.quanzhou.pilotgraph.system;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import reactor.core.publisher.Mono;

/**
 * Every operation sent over a graphql-ws connection is charged to its client's budget like an HTTP request (the
 * upgrade alone was charged by {@link RateLimitFilter}), and a connection may hold only so many operations in
 * progress at once: otherwise one socket could send thousands of queries and take the whole connection pool.
 * An operation over a limit is answered with a RATE_LIMITED error; the connection stays open.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WebSocketLimits implements WebSocketGraphQlInterceptor {

	private static final String IN_FLIGHT = WebSocketLimits.class.getName() + ".inFlight";

	private final ClientBudgets budgets;

	private final ClientKeys keys;

	WebSocketLimits(ClientBudgets budgets, ClientKeys keys) {
		this.budgets = budgets;
		this.keys = keys;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
			return chain.next(request);
		}
		var session = socketRequest.getSessionInfo();
		return session.getPrincipal()
			.map((principal) -> java.util.Objects.requireNonNullElse(ClientKeys.principalKey(principal), ""))
			.defaultIfEmpty("").flatMap((principal) -> {
			AtomicInteger onConnection = (AtomicInteger) session.getAttributes().computeIfAbsent(IN_FLIGHT,
					(key) -> new AtomicInteger());
			int limit = this.budgets.limits().maxInFlightPerConnection();
			if (onConnection.incrementAndGet() > limit) {
				onConnection.decrementAndGet();
				return Mono.just(refused(request, "rate limit: more than " + limit + " operations in progress at once on "
						+ "this connection; wait for answers before sending more (pilotgraph.rate-limit.max-in-flight-per-connection)"));
			}
			ClientBudgets.Admission admission = this.budgets.admit(principal.isEmpty() ? addressKey(socketRequest) : principal);
			if (!admission.admitted()) {
				onConnection.decrementAndGet();
				return Mono.just(refused(request, admission.refusal()));
			}
			return chain.next(request).doFinally((signal) -> {
				admission.close();
				onConnection.decrementAndGet();
			});
		});
	}

	private String addressKey(WebSocketGraphQlRequest request) {
		InetSocketAddress peer = request.getRemoteAddress();
		String address = (peer != null && peer.getAddress() != null) ? peer.getAddress().getHostAddress() : "unknown";
		return "address:" + this.keys.addressOf(address, request.getHeaders().getFirst("X-Forwarded-For"));
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().message(message).errorType(ServiceErrorType.RATE_LIMITED).build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
