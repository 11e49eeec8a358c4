package city.quanzhou.pilotgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import org.neo4j.driver.Value;


/**
 * What to read of an entity, compiled from the request's selection set into one Cypher map projection:
 * the requested properties (never the embedding), the id and labels that every entity needs, and the
 * plain neighbour fields of {@link Ties} as {@code COLLECT {}} subqueries, nested as deep as the request
 * asks. Everything else (fields with arguments, relationship properties) is left to the batch mappings.
 * <p>
 * The projection text is composed, but only from allow-listed parts: property names are field names of
 * the schema that passed validation (and are checked to be plain identifiers), relationship types come
 * from {@link Relation}, labels from {@link EntityKind}; every value a request carries stays a parameter.
 */
public final class EntityProjection {

	/** Every stored property but the embedding, and no neighbours: for reads with no selection at hand. */
	public static final EntityProjection WHOLE = new EntityProjection(true, false, List.of(), Map.of());

	/** The id alone, for a list whose nodes nobody asked for (only their cursors or the count). */
	public static final EntityProjection ID_ONLY = new EntityProjection(false, false, List.of("id"), Map.of());

	/**
	 * An entity selected as {@code { id kind name }} or {@code { id name }} (the kind is read from the labels): the
	 * commonest selection of the contract's operations, so the one whose statements are planned ahead.
	 */
	public static final EntityProjection NAMED = ID_ONLY.with("name");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

	private static final String DEPTH_VARIABLE = "t";

	private final boolean whole;

	/** Whether the position can hold several kinds, so that each neighbour field is read for its kinds only. */
	private final boolean abstractPosition;

	private final Collection<String> properties;

	/** By result key, then by the type name the field belongs to. */
	private final Map<String, Map<String, Branch>> ties;

	/** A neighbour field: its tie, what is read of the neighbours, and the kinds they may be of. */
	private record Branch(Ties.Tie tie, EntityProjection nested, Set<EntityKind> kinds) {
	}

	private EntityProjection(boolean whole, boolean abstractPosition, Collection<String> properties,
			Map<String, Map<String, Branch>> ties) {
		this.whole = whole;
		this.abstractPosition = abstractPosition;
		this.properties = properties;
		this.ties = ties;
	}

	/** What the field being fetched selects of the entity (or entities) it returns. */
	public static EntityProjection of(DataFetchingEnvironment environment) {
		return SelectionCache.get(environment, "projection", (any) -> compile(List.of(any.getSelectionSet()),
				isAbstract(any.getFieldType())));
	}

	/**
	 * What is selected of the entities at a path below the field being fetched, e.g. {@code edges/node} of a
	 * connection or {@code link} of a coverage gap; the union when the path is selected more than once.
	 * {@code null} when nothing is selected there.
	 */
	public static EntityProjection at(DataFetchingEnvironment environment, String path) {
		return SelectionCache.get(environment, "projection at " + path,
				(any) -> of(any.getSelectionSet().getFields(path)));
	}

	/** The union of what these fields (one field under its aliases) select of their entities. */
	public static EntityProjection of(List<SelectedField> fields) {
		if (fields.isEmpty()) {
			return null;
		}
		List<DataFetchingFieldSelectionSet> selections = new ArrayList<>();
		boolean abstractPosition = false;
		for (SelectedField field : fields) {
			selections.add(field.getSelectionSet());
			abstractPosition |= isAbstract(field.getType());
		}
		return compile(selections, abstractPosition);
	}

	private static boolean isAbstract(GraphQLOutputType type) {
		return GraphQLTypeUtil.isInterfaceOrUnion(GraphQLTypeUtil.unwrapAll(type));
	}

	private static EntityProjection compile(List<DataFetchingFieldSelectionSet> selections, boolean abstractPosition) {
		TreeSet<String> properties = new TreeSet<>();
		properties.add("id");
		Map<String, List<SelectedField>> tieFields = new LinkedHashMap<>();
		Map<String, Ties.Tie> tieKinds = new LinkedHashMap<>();
		for (DataFetchingFieldSelectionSet selection : selections) {
			for (SelectedField field : selection.getImmediateFields()) {
				String name = field.getName();
				if (name.startsWith("__") || name.equals("kind")) {
					continue;
				}
				GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
				if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) {
					if (!IDENTIFIER.matcher(name).matches()) {
						throw new IllegalStateException("Field " + name + " cannot be read as a property");
					}
					properties.add(name);
					continue;
				}
				if (!field.getArguments().isEmpty()) {
					continue;
				}
				for (String typeName : field.getObjectTypeNames()) {
					Ties.of(typeName, name).ifPresent((tie) -> {
						String key = field.getResultKey() + "/" + typeName;
						tieFields.computeIfAbsent(key, (any) -> new ArrayList<>()).add(field);
						tieKinds.put(key, tie);
					});
				}
			}
		}
		Map<String, Map<String, Branch>> ties = new LinkedHashMap<>();
		tieFields.forEach((key, fields) -> {
			String resultKey = key.substring(0, key.indexOf('/'));
			String typeName = key.substring(key.indexOf('/') + 1);
			Ties.Tie tie = tieKinds.get(key);
			EntityProjection nested = (tie.shape() == Ties.Shape.DISTRICT) ? null : of(fields);
			Set<EntityKind> kinds = (tie.shape() == Ties.Shape.DISTRICT) ? Set.of() : kinds(fields.getFirst());
			ties.computeIfAbsent(resultKey, (any) -> new LinkedHashMap<>()).put(typeName, new Branch(tie, nested, kinds));
		});
		return new EntityProjection(false, abstractPosition, List.copyOf(properties), ties);
	}

	/** The kind a neighbour field's type names, or every kind where the field may hold several. */
	private static Set<EntityKind> kinds(SelectedField field) {
		GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
		Optional<EntityKind> kind = (type instanceof GraphQLObjectType object) ? EntityKind.ofLabel(object.getName())
				: Optional.empty();
		return kind.map(Set::of).orElseGet(() -> EnumSet.allOf(EntityKind.class));
	}

	/** This projection and these properties too (what a caller needs beyond what was asked). */
	public EntityProjection with(String... more) {
		if (this.whole) {
			return this;
		}
		TreeSet<String> properties = new TreeSet<>(this.properties);
		properties.addAll(List.of(more));
		return new EntityProjection(false, this.abstractPosition, List.copyOf(properties), this.ties);
	}

	/** Whether any neighbour is read along, i.e. whether the read may answer more than its own fields. */
	public boolean readsNeighbours() {
		return !this.ties.isEmpty();
	}

	/**
	 * Adds to the sets the types of tie this projection follows, at any depth, and the kinds of entity it reads
	 * along them: what a reader that keeps answers must watch besides its own statement's reads.
	 */
	public void addReads(Set<EntityKind> kinds, Set<Relation> relations) {
		this.ties.values().forEach((branches) -> branches.values().forEach((branch) -> {
			relations.add(branch.tie().relation());
			kinds.addAll(branch.kinds());
			if (branch.nested() != null) {
				branch.nested().addReads(kinds, relations);
			}
		}));
	}

	/** The map projection of the entity bound to {@code variable}, e.g. {@code n {.id, .name, labels: labels(n)}}. */
	public String cypher(String variable) {
		return cypher(variable, 1);
	}

	private String cypher(String variable, int depth) {
		if (this.whole) {
			return variable + " {.*, embedding: null, labels: labels(" + variable + ")}";
		}
		StringBuilder text = new StringBuilder(variable).append(" {");
		for (String property : this.properties) {
			text.append('.').append(property).append(", ");
		}
		text.append("labels: labels(").append(variable).append(')');
		String next = DEPTH_VARIABLE + depth;
		this.ties.forEach((resultKey, branches) -> {
			text.append(", `_").append(resultKey).append("`: ");
			boolean guarded = this.abstractPosition || branches.size() > 1;
			if (guarded) {
				text.append("CASE");
			}
			branches.forEach((typeName, branch) -> {
				if (guarded) {
					text.append(" WHEN ").append(variable).append(':').append(label(typeName)).append(" THEN ");
				}
				text.append(subquery(variable, next, branch, depth));
			});
			if (guarded) {
				text.append(" END");
			}
		});
		return text.append('}').toString();
	}

	/**
	 * A neighbour field as a {@code COLLECT {}} subquery; a single neighbour (a district, a single tie) is a list
	 * of at most one, taken apart in {@link #read}. Not indexed with {@code [0]} in Cypher: an indexed subquery
	 * is evaluated inside the projection, which keeps the planner from rolling it up and from reusing the
	 * properties it read for the sort, so every candidate row of a page had its name and id read twice (PROFILE
	 * of a page of 20 test bases at 100,000 entities: 8,465 db hits indexed, 5,289 as a list).
	 */
	private static String subquery(String parent, String child, Branch branch, int depth) {
		Ties.Tie tie = branch.tie();
		String arrow = tie.outgoing() ? "-[:" + tie.relation().name() + "]->" : "<-[:" + tie.relation().name() + "]-";
		if (tie.shape() == Ties.Shape.DISTRICT) {
			return "COLLECT { MATCH (" + parent + ")" + arrow + "(" + child + ":District) RETURN " + child
					+ " {.code, .name} LIMIT 1 }";
		}
		return "COLLECT { MATCH (" + parent + ")" + arrow + "(" + child + ":Entity) WITH " + child
				+ " ORDER BY " + child + ".name, " + child + ".id"
				+ ((tie.shape() == Ties.Shape.SINGLE) ? " LIMIT 1" : "") + " RETURN "
				+ branch.nested().cypher(child, depth + 1) + " }";
	}

	private static String label(String typeName) {
		return EntityKind.ofLabel(typeName)
			.orElseThrow(() -> new IllegalStateException(typeName + " is not an entity type"))
			.label();
	}

	/**
	 * The entity a projection produced, its neighbour fields kept in the request's store so that their data
	 * fetchers answer without another statement.
	 */
	public GraphEntity read(Value value, Prefetched store) {
		GraphEntity entity = Entities.fromProjection(value);
		if (this.ties.isEmpty() || store == null) {
			return entity;
		}
		String typeName = entity.kind().label();
		this.ties.forEach((resultKey, branches) -> {
			Branch branch = branches.get(typeName);
			if (branch == null) {
				return;
			}
			Value tied = value.get("_" + resultKey);
			Object read = switch (branch.tie().shape()) {
				case DISTRICT -> (tied.isNull() || tied.isEmpty()) ? null
						: new District(tied.get(0).get("code").asString(), tied.get(0).get("name").asString(null));
				case SINGLE -> (tied.isNull() || tied.isEmpty()) ? null : branch.nested().read(tied.get(0), store);
				case LIST -> tied.asList((item) -> branch.nested().read(item, store));
			};
			store.put(entity, resultKey, read);
		});
		return entity;
	}

	/** Like {@link #read} for a record whose type the caller knows. */
	public <T extends GraphEntity> T read(Value value, Prefetched store, Class<T> type) {
		return type.cast(read(value, store));
	}

}
