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
 * Runs a query again when the database failed it in passing: reading twice does no harm. Two retries, 200
 * then 400 ms apart: enough for a cluster's leader switch, short enough that a database that is down still
 * fails fast. Mutations are never repeated here. Each runs its own transaction, which the editors repeat
 * only when the database itself rolled it back (editing.RetriedTransactions); after a lost connection nobody
 * knows whether the commit happened, so the client is told to read back before trying again.
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

	static boolean safeToRepeat(OperationDefinition.Operation operation, List<String> classifications) {
		if (operation == null || classifications.isEmpty()) {
			return false;
		}
		boolean passing = classifications.contains(ServiceErrorType.UNAVAILABLE.name())
				|| classifications.contains(ServiceErrorType.TRANSIENT.name());
		return operation == OperationDefinition.Operation.QUERY && passing;
	}

	private static List<String> classifications(List<ResponseError> errors) {
		return errors.stream().map((error) -> String.valueOf(error.getErrorType())).toList();
	}

	/** The kind of operation the request runs; null when the document does not parse or names none of its own. */
	static OperationDefinition.Operation operationOf(WebGraphQlRequest request) {
		try {
			Document document = Parser.parse(request.getDocument());
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			OperationDefinition chosen = operations.stream()
				.filter((op) -> operations.size() == 1 || (op.getName() != null && op.getName().equals(request.getOperationName())))
				.findFirst()
				.orElse(null);
			return (chosen == null) ? null : chosen.getOperation();
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
	}

}
