package city.quanzhou.pilotgraph.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;


/**
 * The one place that turns exceptions into GraphQL errors. Expected refusals name the argument; anything
 * else becomes an INTERNAL_ERROR that carries only a correlation id, never a stack trace, class name,
 * Cypher text or database message: those go to the log under the same id. The database being away or busy
 * is told apart ({@link ServiceErrorType}), so that clients know to try again and safe work can be retried.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			// left to Spring GraphQL's security resolver: UNAUTHORIZED when anonymous, FORBIDDEN otherwise
			return null;
		}
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("argument", invalid.argument()))
				.build();
		}
		String correlationId = RequestCorrelation.idOf(env.getGraphQlContext());
		var databaseFailure = DatabaseFailures.classify(ex);
		if (databaseFailure.isPresent()) {
			// not a fault in our code: one line in the log, not a stack trace per request while the database is away
			log.warn("Database {} at {} [correlationId={}]: {}", databaseFailure.get(), env.getExecutionStepInfo().getPath(),
					correlationId, ex.toString());
			boolean write = env.getOperationDefinition().getOperation() == graphql.language.OperationDefinition.Operation.MUTATION;
			String message = (databaseFailure.get() == ServiceErrorType.UNAVAILABLE)
					? "The database is unavailable" : "The database could not complete the request this time";
			message += write ? "; if the change is not there when you read it back, send it again" : "; try again shortly";
			return GraphqlErrorBuilder.newError(env)
				.errorType(databaseFailure.get())
				.message(message + " (correlation id " + correlationId + ")")
				.extensions(Map.of("correlationId", correlationId))
				.build();
		}
		log.error("Request failed at {} [correlationId={}]", env.getExecutionStepInfo().getPath(), correlationId, ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("The request could not be completed; quote correlation id " + correlationId)
			.extensions(Map.of("correlationId", correlationId))
			.build();
	}

}
