package city.quanzhou.pilotgraph.system;

import graphql.execution.instrumentation.Instrumentation;
import graphql.language.Field;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;

import reactor.core.publisher.Mono;

import graphql.GraphqlErrorBuilder;
import graphql.ExecutionResult;

/**
 * Bounds on what one request may ask, each refused with an error that names the limit: how deep it nests,
 * how many fields it selects in all (its complexity), how long its document is, how many aliases and
 * operations it holds, and how long it may run.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@ConfigurationProperties("pilotgraph.limits")
	record Limits(@DefaultValue("12") int maxDepth, @DefaultValue("1000") int maxComplexity,
			@DefaultValue("20000") int maxDocumentLength, @DefaultValue("30") int maxAliases,
			@DefaultValue("20") int maxOperations, @DefaultValue("30s") Duration requestTimeLimit) {
	}

	/** Depth and complexity, measured once per operation of a recurring document ({@link OperationShapeLimits}). */
	@Bean
	Instrumentation operationShapeLimits(Limits limits) {
		return new OperationShapeLimits(limits.maxDepth(), limits.maxComplexity());
	}

	/** With {@code pilotgraph.introspection.enabled=false} (the prod profile) every request refuses introspection. */
	@Bean
	@ConditionalOnBooleanProperty(name = "pilotgraph.introspection.enabled", havingValue = false)
	WebGraphQlInterceptor noIntrospection() {
		return (request, chain) -> {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(Map.of(graphql.introspection.Introspection.INTROSPECTION_DISABLED, true))
				.build());
			return chain.next(request);
		};
	}

	/**
	 * A document the cache holds has passed these limits before (it was executed, so it got past this check,
	 * and the limits do not change while the service runs): it is not parsed again for them.
	 */
	@Bean
	WebGraphQlInterceptor documentLimits(Limits limits, DocumentCache documents) {
		return (request, chain) -> {
			int length = request.getDocument().length();
			if (length > limits.maxDocumentLength()) {
				return Mono.just(refused(request, "document: " + length + " characters exceed the limit of "
						+ limits.maxDocumentLength() + " (pilotgraph.limits.max-document-length)"));
			}
			if (documents.contains(request.getDocument())) {
				return chain.next(request);
			}
			graphql.language.Document document = parsed(request.getDocument());
			if (document == null) {
				// GraphQL itself reports the syntax error, with its location
				return chain.next(request);
			}
			int operations = document.getDefinitionsOfType(graphql.language.OperationDefinition.class).size();
			if (operations > limits.maxOperations()) {
				return Mono.just(refused(request, "document: " + operations + " operations exceed the limit of "
						+ limits.maxOperations() + " (pilotgraph.limits.max-operations)"));
			}
			int aliases = aliasesIn(document);
			if (aliases > limits.maxAliases()) {
				// aliases repeat one expensive field many times over in a single request
				return Mono.just(refused(request, "document: " + aliases + " aliases exceed the limit of "
						+ limits.maxAliases() + " (pilotgraph.limits.max-aliases)"));
			}
			return chain.next(request);
		};
	}

	/**
	 * Every request answers within the request time limit. The database's own transaction time limit
	 * ({@code pilotgraph.transaction-timeout}) sits below it, so the work behind a request that ran out of time
	 * is ended by the database too rather than left running.
	 */
	@Bean
	WebGraphQlInterceptor requestTimeLimit(Limits limits, PilotgraphProperties properties) {
		Duration limit = limits.requestTimeLimit();
		if (properties.transactionTimeout().compareTo(limit) >= 0) {
			throw new IllegalStateException("pilotgraph.transaction-timeout (" + properties.transactionTimeout()
					+ ") must be below pilotgraph.limits.request-time-limit (" + limit + ")");
		}
		return (request, chain) -> chain.next(request)
			.timeout(limit, Mono.fromSupplier(() -> refused(request, ServiceErrorType.TIMEOUT,
					"request: took longer than the limit of " + limit.toSeconds()
							+ " s (pilotgraph.limits.request-time-limit); ask for less, or narrow the filters")));
	}

	private static graphql.language.Document parsed(String document) {
		try {
			return graphql.parser.Parser.parse(document);
		}
		catch (graphql.parser.InvalidSyntaxException ex) {
			return null;
		}
	}

	/** Aliased fields in the document. */
	static int aliasesIn(graphql.language.Document document) {
		int[] count = { 0 };
		new graphql.language.NodeTraverser().depthFirst(new graphql.language.NodeVisitorStub() {
			@Override
			public graphql.util.TraversalControl visitField(Field field,
					graphql.util.TraverserContext<graphql.language.Node> context) {
				// the traverser calls on entering and on leaving each node; count once
				if (field.getAlias() != null && context.getPhase() == graphql.util.TraverserContext.Phase.ENTER) {
					count[0]++;
				}
				return graphql.util.TraversalControl.CONTINUE;
			}
		}, document);
		return count[0];
	}

	private static org.springframework.graphql.server.WebGraphQlResponse refused(WebGraphQlRequest request, String message) {
		return refused(request, org.springframework.graphql.execution.ErrorType.BAD_REQUEST, message);
	}

	private static org.springframework.graphql.server.WebGraphQlResponse refused(WebGraphQlRequest request,
			graphql.ErrorClassification type, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().message(message)
				.errorType(type)
				.build())
			.build();
		return new org.springframework.graphql.server.WebGraphQlResponse(
				new org.springframework.graphql.support.DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
