package city.quanzhou.pilotgraph.system;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id: in the X-Correlation-Id response header, and in the extensions of every error it answers with, so that whoever holds an error can find its
 * full story in the log. Refusals are logged at INFO with their messages; failures log their own details.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestCorrelation implements WebGraphQlInterceptor {

	static final String KEY = "correlationId";

	static final String HEADER = "X-Correlation-Id";

	private static final Logger log = LoggerFactory.getLogger(RequestCorrelation.class);

	/** The request's id, or a fresh one where a request came in some other way (the in-process tester). */
	static String idOf(GraphQLContext context) {
		String id = context.get(KEY);
		return (id != null) ? id : UUID.randomUUID().toString();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String id = UUID.randomUUID().toString();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, id)).build());
		return chain.next(request).map((response) -> withId(request, response, id));
	}

	private static WebGraphQlResponse withId(WebGraphQlRequest request, WebGraphQlResponse response, String id) {
		response.getResponseHeaders().set(HEADER, id);
		if (response.getErrors().isEmpty()) {
			return response;
		}
		if (log.isInfoEnabled()) {
			log.info("GraphQL request {} answered with errors [correlationId={}]: {}",
					(request.getOperationName() != null) ? request.getOperationName() : "(unnamed)", id,
					response.getErrors().stream().map(ResponseError::getMessage).toList());
		}
		return response.transform((builder) -> builder.errors(response.getExecutionResult().getErrors().stream()
			.map((error) -> withId(error, id))
			.toList()));
	}

	private static GraphQLError withId(GraphQLError error, String id) {
		if (error.getExtensions() != null && error.getExtensions().containsKey(KEY)) {
			return error;
		}
		Map<String, Object> extensions = new java.util.LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put(KEY, id);
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

}
