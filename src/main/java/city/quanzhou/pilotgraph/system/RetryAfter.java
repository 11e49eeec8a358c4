package city.quanzhou.pilotgraph.system;

import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * An answer that says "not now" (the database unavailable or its connections all taken, a rate limit, too
 * little disk) tells HTTP clients when to try again, in the standard Retry-After header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RetryAfter implements WebGraphQlInterceptor {

	private static final Set<String> TRY_AGAIN = Set.of(ServiceErrorType.UNAVAILABLE.name(), ServiceErrorType.RATE_LIMITED.name(),
			ServiceErrorType.TRANSIENT.name());

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext((response) -> {
			boolean tryAgain = response.getErrors().stream()
				.map(ResponseError::getErrorType)
				.anyMatch((type) -> TRY_AGAIN.contains(type.toString()));
			if (tryAgain) {
				response.getResponseHeaders().set("Retry-After",
						response.getErrors().stream().anyMatch((e) -> e.getErrorType() == ServiceErrorType.RATE_LIMITED) ? "1" : "5");
			}
		});
	}

}
