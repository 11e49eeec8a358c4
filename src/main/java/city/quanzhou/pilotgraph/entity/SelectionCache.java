package city.quanzhou.pilotgraph.entity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLType;

/**
 * What a data fetcher compiled from its field's selection set (a projection, whether {@code totalCount} is
 * selected, ...), kept with the parsed document, so that a recurring operation does not compile it again.
 * <p>
 * Why: the first {@link DataFetchingEnvironment#getSelectionSet()} of a request makes graphql-java build the
 * normalized form of the whole operation, 5.4 % of the CPU of a one-statement {@code Entity} request in the
 * profile of docs/benchmarks.md, although the answer is the same for every request of that document. The
 * document cache ({@code system.DocumentCache}) hands every request of one document the same parsed
 * {@link Document}, so its fields are the key.
 * <p>
 * What is kept depends only on the document when no variable reaches below the root fields' own arguments
 * and no {@code @skip} or {@code @include} appears: then the key is the field's place in the document (its
 * parent type and its merged fields). Documents where a variable could change a selection are compiled on
 * every request, as before. Entries go when their document is collected, i.e. after the document cache let
 * it go.
 */
public final class SelectionCache {

	private static final Map<Document, Compiled> DOCUMENTS = Collections.synchronizedMap(new WeakHashMap<>());

	/** Stands for a compiled {@code null}, which the concurrent map cannot hold. */
	private static final Object NOTHING = new Object();

	private SelectionCache() {
	}

	/**
	 * What {@code compile} answers for the field being fetched, compiled once per document and place when the
	 * document allows it. {@code purpose} names what {@code compile} computes; one purpose, one function.
	 */
	public static <T> T get(DataFetchingEnvironment environment, String purpose,
			Function<DataFetchingEnvironment, T> compile) {
		Document document = environment.getDocument();
		if (document == null) {
			return compile.apply(environment);
		}
		Compiled compiled = DOCUMENTS.computeIfAbsent(document, Compiled::of);
		if (compiled.values() == null) {
			return compile.apply(environment);
		}
		Place place = new Place(purpose, environment.getParentType(), environment.getMergedField().getFields());
		Object value = compiled.values.get(place);
		if (value == null) {
			T fresh = compile.apply(environment);
			compiled.values.putIfAbsent(place, (fresh != null) ? fresh : NOTHING);
			return fresh;
		}
		@SuppressWarnings("unchecked")
		T kept = (value == NOTHING) ? null : (T) value;
		return kept;
	}

	/** Whether the field being fetched selects a field of this name directly (compiled once per place). */
	public static boolean selects(DataFetchingEnvironment environment, String name) {
		return get(environment, "selects:" + name, (any) -> any.getSelectionSet().contains(name));
	}

	/** Fields of a parsed document are compared by identity, as the parser made them. */
	private record Place(String purpose, GraphQLType parentType, List<Field> fields) {
	}

	/** What was compiled for one document; no map when a variable may change what a field selects. */
	private record Compiled(Map<Place, Object> values) {

		static Compiled of(Document document) {
			return new Compiled(selectionsHoldNoVariable(document) ? new ConcurrentHashMap<>() : null);
		}

	}

	/**
	 * Whether no variable and no {@code @skip}/{@code @include} appears below the operations' root fields. A root
	 * field's own arguments may use variables: what is compiled here is read from the selection below it.
	 */
	static boolean selectionsHoldNoVariable(Document document) {
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
					boolean plain = (selection instanceof Field root) ? isConstant(root.getDirectives())
							&& isConstant(root.getSelectionSet()) : isConstant(selection);
					if (!plain) {
						return false;
					}
				}
			}
			else if (definition instanceof FragmentDefinition fragment
					&& !(isConstant(fragment.getDirectives()) && isConstant(fragment.getSelectionSet()))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isConstant(SelectionSet selectionSet) {
		if (selectionSet == null) {
			return true;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (!isConstant(selection)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isConstant(Selection<?> selection) {
		return switch (selection) {
			case Field field -> isConstant(field.getDirectives())
					&& field.getArguments().stream().map(Argument::getValue).allMatch(SelectionCache::isConstant)
					&& isConstant(field.getSelectionSet());
			case InlineFragment fragment -> isConstant(fragment.getDirectives()) && isConstant(fragment.getSelectionSet());
			case FragmentSpread spread -> isConstant(spread.getDirectives());
			default -> false;
		};
	}

	private static boolean isConstant(List<Directive> directives) {
		for (Directive directive : directives) {
			if (directive.getName().equals("skip") || directive.getName().equals("include")
					|| !directive.getArguments().stream().map(Argument::getValue).allMatch(SelectionCache::isConstant)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isConstant(Value<?> value) {
		return switch (value) {
			case VariableReference variable -> false;
			case ArrayValue array -> array.getValues().stream().allMatch(SelectionCache::isConstant);
			case ObjectValue object -> object.getObjectFields().stream().map(ObjectField::getValue)
					.allMatch(SelectionCache::isConstant);
			default -> true;
		};
	}

}
