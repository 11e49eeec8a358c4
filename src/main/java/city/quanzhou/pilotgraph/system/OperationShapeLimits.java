package city.quanzhou.pilotgraph.system;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * How deep an operation nests and how many fields it selects in all, each held to its limit by graphql-java's own
 * measure (and refused with its message), in one instrumentation rather than two: graphql-java calls every
 * instrumentation of the chain on every field of every request, and these two act once per operation.
 * <p>
 * An operation of a recurring document that passed is not measured again: each measurement walks the whole
 * operation (4.3 % of the CPU of a hops-only partner path request in the profile of docs/benchmarks.md, "Sixth
 * round"). Depth and complexity (one per field) depend on the document and the operation alone, unless
 * {@code @skip} or {@code @include} takes a variable's value; documents with either are measured on every request.
 * The document cache ({@link DocumentCache}) hands every request of one document the same parsed {@link Document},
 * so it is the key; an entry goes when its document is collected, after the document cache let it go. The limits
 * do not change while the service runs.
 * <p>
 * GraphiQL's own schema introspection nests 15 deep; only queries of the graph are held to the limits.
 */
final class OperationShapeLimits extends SimplePerformantInstrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

	private final Map<Document, Set<String>> passed = Collections.synchronizedMap(new WeakHashMap<>());

	OperationShapeLimits(int maxDepth, int maxComplexity) {
		this.depth = new MaxQueryDepthInstrumentation(maxDepth);
		this.complexity = new MaxQueryComplexityInstrumentation(maxComplexity);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (passedBefore(parameters) || introspectionOnly(parameters)) {
			return SimpleInstrumentationContext.noOp();
		}
		// each throws graphql-java's AbortExecutionException, naming the limit, when the operation exceeds it
		this.depth.beginExecuteOperation(parameters, null);
		this.complexity.beginExecuteOperation(parameters, this.complexity.createStateAsync(null).join());
		remember(parameters);
		return SimpleInstrumentationContext.noOp();
	}

	private boolean passedBefore(InstrumentationExecuteOperationParameters parameters) {
		Set<String> operations = this.passed.get(parameters.getExecutionContext().getDocument());
		return operations != null && operations.contains(operationOf(parameters));
	}

	private void remember(InstrumentationExecuteOperationParameters parameters) {
		Document document = parameters.getExecutionContext().getDocument();
		if (document != null && !hasConditions(document)) {
			this.passed.computeIfAbsent(document, (any) -> ConcurrentHashMap.newKeySet()).add(operationOf(parameters));
		}
	}

	private static String operationOf(InstrumentationExecuteOperationParameters parameters) {
		return String.valueOf(parameters.getExecutionContext().getOperationDefinition().getName());
	}

	private static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
		return parameters.getExecutionContext().getOperationDefinition().getSelectionSet().getSelections().stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
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
