package city.quanzhou.pilotgraph.system;

import java.time.Duration;
import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
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
 * Runs a request again when the database failed it in passing, but only where running it twice cannot do
 * harm. A query may always be repeated. A mutation is repeated only when the database itself rolled the
 * transaction back (TRANSIENT, a deadlock say) and the request holds a single mutation, since each mutation
 * commits on its own: when the connection was lost (UNAVAILABLE) nobody knows whether the commit happened,
 * so the client is told to read back before trying again. Two retries, 200 then 400 ms apart: enough for a
 * deadlock or a cluster's leader switch, short enough that a database that is down still fails fast.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SafeRetries implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(SafeRetries.class);

	static final int RETRIES = 2;

	private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return attempt(request, chain, 0);
	}

	private Mono<WebGraphQlResponse> attempt(WebGraphQlRequest request, Chain chain, int retry) {
		return chain.next(request).flatMap((response) -> {
			if (retry >= RETRIES || !safeToRepeat(operationOf(request), classifications(response.getErrors()))) {
				return Mono.just(response);
			}
			log.info("Retrying {} after a passing database failure (retry {} of {})",
					(request.getOperationName() != null) ? request.getOperationName() : "(unnamed)", retry + 1, RETRIES);
			return Mono.delay(FIRST_PAUSE.multipliedBy(1L << retry)).then(attempt(request, chain, retry + 1));
		});
	}

	/** What kind of operation runs, and how many root fields it has; null when the document does not parse. */
	record Operation(OperationDefinition.Operation kind, int rootFields) {
	}

	static boolean safeToRepeat(Operation operation, List<String> classifications) {
		if (operation == null || classifications.isEmpty()) {
			return false;
		}
		boolean unavailable = classifications.contains(ServiceErrorType.UNAVAILABLE.name());
		boolean rolledBack = classifications.contains(ServiceErrorType.TRANSIENT.name());
		return switch (operation.kind()) {
			case QUERY -> unavailable || rolledBack;
			case MUTATION -> rolledBack && !unavailable && operation.rootFields() == 1;
			default -> false;
		};
	}

	private static List<String> classifications(List<ResponseError> errors) {
		return errors.stream().map((error) -> String.valueOf(error.getErrorType())).toList();
	}

	static Operation operationOf(WebGraphQlRequest request) {
		try {
			Document document = Parser.parse(request.getDocument());
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			OperationDefinition chosen = operations.stream()
				.filter((op) -> operations.size() == 1 || (op.getName() != null && op.getName().equals(request.getOperationName())))
				.findFirst()
				.orElse(null);
			return (chosen == null) ? null
					: new Operation(chosen.getOperation(), chosen.getSelectionSet().getSelections().size());
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
	}

}
