package city.quanzhou.pilotgraph.system;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * GraphiQL's own schema introspection nests 15 deep; only queries of the graph are held to the limit. An
	 * operation that passed it is not measured again ({@link PassedOperations}).
	 */
	@Bean
	Instrumentation maxQueryDepth(Limits limits, PassedOperations passed) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				if (introspectionOnly(parameters) || passed.contains(parameters, "depth")) {
					return SimpleInstrumentationContext.noOp();
				}
				InstrumentationContext<ExecutionResult> measured = super.beginExecuteOperation(parameters, state);
				passed.remember(parameters, "depth"); // not reached when the limit was exceeded: that throws
				return measured;
			}
		};
	}

	@Bean
	Instrumentation maxQueryComplexity(Limits limits, PassedOperations passed) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				if (introspectionOnly(parameters) || passed.contains(parameters, "complexity")) {
					return SimpleInstrumentationContext.noOp();
				}
				InstrumentationContext<ExecutionResult> measured = super.beginExecuteOperation(parameters, state);
				passed.remember(parameters, "complexity");
				return measured;
			}
		};
	}

	@Bean
	PassedOperations passedOperations() {
		return new PassedOperations();
	}

	/**
	 * Operations of recurring documents that passed a limit of their shape, so that they are not measured again on
	 * every request: each measurement walks the whole operation (4.3 % of the CPU of a short read, the contract's
	 * shortest path, in the profile of docs/benchmarks.md, "Sixth round"). Depth and complexity (one per field)
	 * depend on the document and the operation alone, unless {@code @skip} or {@code @include} takes a variable's
	 * value; documents with either are measured on every request. The document cache ({@link DocumentCache}) hands
	 * every request of one document the same parsed {@link Document}, so it is the key; an entry goes when its
	 * document is collected, after the document cache let it go. The limits do not change while the service runs.
	 */
	static final class PassedOperations {

		private final Map<Document, Set<String>> passed = Collections.synchronizedMap(new WeakHashMap<>());

		boolean contains(InstrumentationExecuteOperationParameters parameters, String limit) {
			Set<String> operations = this.passed.get(parameters.getExecutionContext().getDocument());
			return operations != null && operations.contains(key(parameters, limit));
		}

		void remember(InstrumentationExecuteOperationParameters parameters, String limit) {
			Document document = parameters.getExecutionContext().getDocument();
			if (document != null && !hasConditions(document)) {
				this.passed.computeIfAbsent(document, (any) -> ConcurrentHashMap.newKeySet()).add(key(parameters, limit));
			}
		}

		private static String key(InstrumentationExecuteOperationParameters parameters, String limit) {
			return limit + " of " + parameters.getExecutionContext().getOperationDefinition().getName();
		}

		/** Whether a {@code @skip} or {@code @include} appears anywhere in the document. */
		static boolean hasConditions(Document document) {
			boolean[] found = { false };
			new NodeTraverser().depthFirst(new NodeVisitorStub() {
				@Override
				public TraversalControl visitDirective(Directive directive, TraverserContext<Node> context) {
					if (directive.getName().equals("skip") || directive.getName().equals("include")) {
						found[0] = true;
						return TraversalControl.QUIT;
					}
					return TraversalControl.CONTINUE;
				}
			}, document);
			return found[0];
		}

	}

	private static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
		return parameters.getExecutionContext().getOperationDefinition().getSelectionSet().getSelections().stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
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
