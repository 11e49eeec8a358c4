package city.quanzhou.pilotgraph.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLInterfaceType;
import net.minidev.json.JSONValue;

/**
 * Generates GraphQL requests from the schema itself, so every field and argument is reached as the schema
 * grows: valid operations with hostile argument values (huge numbers, unicode, injection strings, empty and
 * long lists, unknown ids) and invalid ones (broken syntax, unknown fields, wrongly typed variables, bodies
 * that are not GraphQL requests at all). The same seed gives the same requests.
 */
final class OperationGenerator {

	/** Strings chosen to break naive code: query languages, markup, control and astral characters, sizes. */
	private static final List<String> HOSTILE_STRINGS = List.of("", " ", "中试", "纺织", "泉州", "石狮", "新能源 储能",
			"' OR 1=1 --", "\") MATCH (n) DETACH DELETE n //", "`) RETURN 1 //", "$where", "${jndi:ldap://127.0.0.1/x}",
			"<script>alert(1)</script>", "\u0000\u0001\u001f", "🧪🚀𠀀", "\\", "\"", "*", "?", "~", "AND OR NOT", "[", "/.*/",
			"a".repeat(5000), "中".repeat(2000), "\u202Eevil", "null", "-1", "1e309", "base-qingyuan-energy-storage",
			"2024-02-30", "2024-01-01", "2020-01-01T00:00:00Z", "not-a-date");

	private static final List<String> ORDINARY_STRINGS = List.of("中试基地", "纺织", "新能源", "储能", "晋江市", "泉港区",
			"350582", "石墨烯", "无水染色", "pilot base", "OPERATING");

	private static final List<Object> HOSTILE_INTS = List.of(0, 1, -1, 3, 10, 100, 101, 1000, Integer.MAX_VALUE,
			Integer.MIN_VALUE, 10_000_000_000L);

	private static final List<Object> HOSTILE_FLOATS = List.of(0.0, -1.5, 0.5, 1.0, 1e308, -1e308, 3.4e38);

	private final GraphQLSchema schema;

	private final Random random;

	private final List<String> knownIds;

	private int variableCount;

	private final int mutationPercent;

	OperationGenerator(GraphQLSchema schema, long seed, List<String> knownIds, int mutationPercent) {
		this.schema = schema;
		this.mutationPercent = mutationPercent;
		this.random = new Random(seed);
		this.knownIds = knownIds;
	}

	/** One request body (JSON text) and a short description of what was generated, for failure reports. */
	record Request(String body, String contentType, String description) {
	}

	Request next() {
		int dice = this.random.nextInt(100);
		if (dice < 70) {
			return valid();
		}
		if (dice < 95) {
			return invalidDocument();
		}
		return invalidBody();
	}

	private Request valid() {
		boolean mutation = this.schema.getMutationType() != null && this.random.nextInt(100) < this.mutationPercent;
		GraphQLObjectType root = mutation ? this.schema.getMutationType() : this.schema.getQueryType();
		GraphQLFieldDefinition field = pick(root.getFieldDefinitions());
		this.variableCount = 0;
		Map<String, Object> variables = new LinkedHashMap<>();
		Map<String, String> declarations = new LinkedHashMap<>();
		String selection = field(field, 0, variables, declarations);
		String header = declarations.isEmpty() ? ""
				: declarations.entrySet().stream().map((d) -> "$" + d.getKey() + ": " + d.getValue())
					.collect(Collectors.joining(", ", "(", ")"));
		String document = (mutation ? "mutation Fuzz" : "query Fuzz") + header + " { " + selection + " }";
		return json(document, variables, (mutation ? "mutation " : "query ") + field.getName());
	}

	private String field(GraphQLFieldDefinition field, int depth, Map<String, Object> variables,
			Map<String, String> declarations) {
		StringBuilder text = new StringBuilder(field.getName());
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
			if (!required && this.random.nextInt(100) < 40) {
				continue;
			}
			Object value = value(argument.getType(), 0);
			if (this.random.nextBoolean()) {
				String name = "v" + (this.variableCount++);
				variables.put(name, plain(value));
				declarations.put(name, GraphQLTypeUtil.simplePrint(argument.getType()));
				arguments.add(argument.getName() + ": $" + name);
			}
			else {
				arguments.add(argument.getName() + ": " + literal(value));
			}
		}
		if (!arguments.isEmpty()) {
			text.append(arguments.stream().collect(Collectors.joining(", ", "(", ")")));
		}
		String selections = selectionOf(field.getType(), depth);
		if (selections != null) {
			text.append(" { ").append(selections).append(" }");
		}
		return text.toString();
	}

	/** A selection set for the type, or null for a leaf. Deep enough to reach relationships, no deeper. */
	private String selectionOf(GraphQLOutputType type, int depth) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		if (unwrapped instanceof GraphQLUnionType union) {
			GraphQLObjectType member = pick(union.getTypes().stream().map(GraphQLObjectType.class::cast).toList());
			return "__typename ... on " + member.getName() + " { " + fields(member, depth + 1) + " }";
		}
		if (unwrapped instanceof GraphQLInterfaceType face) {
			List<GraphQLObjectType> implementations = this.schema.getImplementations(face);
			String common = fields(face, depth + 1);
			return implementations.isEmpty() ? common
					: common + " ... on " + pick(implementations).getName() + " { id }";
		}
		if (unwrapped instanceof GraphQLFieldsContainer container) {
			return fields(container, depth + 1);
		}
		return null;
	}

	private String fields(GraphQLFieldsContainer container, int depth) {
		List<GraphQLFieldDefinition> leaves = new ArrayList<>();
		List<GraphQLFieldDefinition> branches = new ArrayList<>();
		for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
			boolean leaf = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
					|| GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType;
			(leaf ? leaves : branches).add(field);
		}
		List<String> chosen = new ArrayList<>();
		chosen.add("__typename");
		for (int i = 0; i < 1 + this.random.nextInt(4) && !leaves.isEmpty(); i++) {
			chosen.add(fieldWithoutVariables(pick(leaves), depth));
		}
		if (depth < 3 && !branches.isEmpty() && this.random.nextInt(100) < 60) {
			chosen.add(fieldWithoutVariables(pick(branches), depth));
		}
		return String.join(" ", chosen.stream().distinct().toList());
	}

	/** Nested fields take their arguments inline, which also exercises literal parsing. */
	private String fieldWithoutVariables(GraphQLFieldDefinition field, int depth) {
		StringBuilder text = new StringBuilder(field.getName());
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			if (GraphQLTypeUtil.isNonNull(argument.getType()) || this.random.nextInt(100) < 30) {
				arguments.add(argument.getName() + ": " + literal(value(argument.getType(), 0)));
			}
		}
		if (!arguments.isEmpty()) {
			text.append(arguments.stream().collect(Collectors.joining(", ", "(", ")")));
		}
		String selections = selectionOf(field.getType(), depth);
		return selections == null ? text.toString() : text + " { " + selections + " }";
	}

	/** A value the type accepts, mostly hostile; null only where the type allows it. */
	private Object value(GraphQLInputType type, int depth) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value((GraphQLInputType) nonNull.getWrappedType(), depth);
		}
		if (this.random.nextInt(100) < 10) {
			return null;
		}
		if (type instanceof GraphQLList list) {
			int size = switch (this.random.nextInt(10)) {
				case 0, 1 -> 0;
				case 2 -> 150;
				default -> 1 + this.random.nextInt(3);
			};
			List<Object> items = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				items.add(value((GraphQLInputType) list.getWrappedType(), depth + 1));
			}
			return items;
		}
		if (type instanceof GraphQLEnumType enumType) {
			return new EnumValue(pick(enumType.getValues()).getName());
		}
		if (type instanceof GraphQLInputObjectType object) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				if (GraphQLTypeUtil.isNonNull(field.getType()) || (depth < 3 && this.random.nextBoolean())) {
					fields.put(field.getName(), value(field.getType(), depth + 1));
				}
			}
			return fields;
		}
		GraphQLScalarType scalar = (GraphQLScalarType) type;
		return switch (scalar.getName()) {
			// half of the values are ordinary, so that operations also get past validation to the database
			case "Int" -> this.random.nextBoolean() ? 1 + this.random.nextInt(10) : pick(HOSTILE_INTS);
			case "Float" -> pick(HOSTILE_FLOATS);
			case "Boolean" -> this.random.nextBoolean();
			case "ID" -> (!this.knownIds.isEmpty() && this.random.nextInt(100) < 70) ? pick(this.knownIds)
					: pick(HOSTILE_STRINGS);
			case "Date" -> pick(List.of("2024-01-01", "1900-01-01", "9999-12-31", "2024-02-30", "yesterday"));
			case "DateTime" -> pick(List.of("2024-01-01T00:00:00Z", "2024-01-01T08:00:00+08:00", "2024-13-01T00:00:00Z"));
			default -> this.random.nextBoolean() ? pick(ORDINARY_STRINGS) : pick(HOSTILE_STRINGS);
		};
	}

	/** An enum value in a variables map is a plain string; as a literal it is written bare. */
	private record EnumValue(String name) {
	}

	/** The value as JSON takes it: enum values become their names. */
	private static Object plain(Object value) {
		if (value instanceof EnumValue enumValue) {
			return enumValue.name();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(OperationGenerator::plain).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> plain = new LinkedHashMap<>();
			map.forEach((k, v) -> plain.put(k, plain(v)));
			return plain;
		}
		return value;
	}

	private String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof EnumValue enumValue) {
			return enumValue.name();
		}
		if (value instanceof String text) {
			return JSONValue.toJSONString(text);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(this::literal).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().map((e) -> e.getKey() + ": " + literal(e.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return String.valueOf(value);
	}

	private Request invalidDocument() {
		Request valid = valid();
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) JSONValue.parse(valid.body());
		String document = (String) body.get("query");
		String broken = switch (this.random.nextInt(7)) {
			case 0 -> document.substring(0, this.random.nextInt(document.length()));
			case 1 -> document.replaceFirst("\\{", "");
			case 2 -> document.replaceFirst("__typename", "notAField" + this.random.nextInt(100));
			case 3 -> document + " query Other { __typename }";
			case 4 -> "{ " + "a: __typename ".repeat(40 + this.random.nextInt(40)) + "}";
			case 5 -> "{ entity(id: 1, id: 2) { id } }";
			default -> "query Q($x: Int!) { entity(id: $x) { id } }";
		};
		body.put("query", broken);
		if (this.random.nextInt(100) < 30 && body.get("variables") instanceof Map<?, ?> variables && !variables.isEmpty()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) variables;
			typed.replaceAll((name, v) -> this.random.nextBoolean() ? List.of(Map.of("x", 1)) : "wrong type");
		}
		if (this.random.nextInt(100) < 10) {
			body.put("operationName", "NoSuchOperation");
		}
		return new Request(JSONValue.toJSONString(body), "application/json", "invalid " + valid.description());
	}

	private Request invalidBody() {
		return switch (this.random.nextInt(6)) {
			case 0 -> new Request("{\"query\": ", "application/json", "truncated JSON");
			case 1 -> new Request("[{\"query\": \"{ __typename }\"}]", "application/json", "batched array");
			case 2 -> new Request("{\"query\": 42, \"variables\": \"x\"}", "application/json", "wrongly typed members");
			case 3 -> new Request("{ __typename }", "text/plain", "wrong content type");
			case 4 -> new Request("", "application/json", "empty body");
			default -> new Request("{\"query\": \"{ __typename }\", \"extensions\": [1]}", "application/json",
					"array extensions");
		};
	}

	private Request json(String document, Map<String, Object> variables, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return new Request(JSONValue.toJSONString(body), "application/json", description);
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

}
