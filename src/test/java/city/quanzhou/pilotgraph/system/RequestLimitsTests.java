package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Map;

import graphql.parser.Parser;

import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests over a limit are refused before anything runs, with an error that names the limit.
 */
class RequestLimitsTests extends FixtureGraphTest {

	@Test
	void shouldRefuseAQueryNestedTooDeep() {
		String deep = "{ testBases { edges { node { covers { chain { links { coveredBy { covers { chain { links { coveredBy { covers { id } } } } } } } } } } } } }";
		Reply reply = http().post(deep, Map.of(), null);
		assertThat(reply.<String>read("$.errors[0].message")).containsIgnoringCase("maximum query depth exceeded");
		assertThat(reply.body()).doesNotContain("\"data\":{");
	}

	/** Thirteen levels deep when {@code $deep} is true, seven when it is false; the limit is twelve. */
	private static final String DEEP_WHEN_ASKED = """
			query Conditional($deep: Boolean!) { testBases { edges { node { covers { chain { links {
			  coveredBy @include(if: $deep) { covers { chain { links { coveredBy { covers { id } } } } } }
			  id } } } } } } }""";

	@Test
	void shouldMeasureADocumentWithConditionsOnEveryRequest() {
		// passed once without the deep part; the same document must still be refused when a variable includes it
		Reply shallow = http().post(DEEP_WHEN_ASKED, Map.of("deep", false), null);
		Reply deep = http().post(DEEP_WHEN_ASKED, Map.of("deep", true), null);
		assertThat(shallow.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(deep.<String>read("$.errors[0].message")).containsIgnoringCase("maximum query depth exceeded");
	}

	@Test
	void shouldMeasureEachOperationOfADocumentThatPassedBefore() {
		String document = """
				query Shallow { testBases(first: 1) { totalCount } }
				query Deep { testBases { edges { node { covers { chain { links { coveredBy { covers { chain { links {
				  coveredBy { covers { id } } } } } } } } } } } } }
				""";
		Reply shallow = http().post(document, "Shallow", Map.of(), null);
		Reply shallowAgain = http().post(document, "Shallow", Map.of(), null);
		Reply deep = http().post(document, "Deep", Map.of(), null);
		assertThat(shallow.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(shallow.<Integer>read("$.data.testBases.totalCount")).isNotNull();
		assertThat(shallowAgain.body()).isEqualTo(shallow.body());
		assertThat(deep.<String>read("$.errors[0].message")).containsIgnoringCase("maximum query depth exceeded");
	}

	@Test
	void shouldTellDocumentsWithConditionsFromThoseWithout() {
		assertThat(OperationShapeLimits.hasConditions(Parser.parse(DEEP_WHEN_ASKED))).isTrue();
		assertThat(OperationShapeLimits.hasConditions(Parser.parse(
				"query Q($id: ID!) { entity(id: $id) { id ... on TestBase @skip(if: false) { name } } }"))).isTrue();
		assertThat(OperationShapeLimits.hasConditions(Parser.parse(
				"query Q($id: ID!, $first: Int) { entity(id: $id) { id ... on Institute { results(first: $first) { totalCount } } } }")))
			.isFalse();
	}

	@Test
	void shouldRefuseAQuerySelectingTooManyFields() {
		StringBuilder wide = new StringBuilder("{ ");
		// 1,200 fields without aliases, in a document well under the length limit
		for (int i = 0; i < 600; i++) {
			wide.append("districts{code name} ");
		}
		Reply reply = http().post(wide.append("}").toString(), Map.of(), null);
		assertThat(reply.<String>read("$.errors[0].message")).containsIgnoringCase("maximum query complexity exceeded");
	}

	@Test
	void shouldRefuseTooManyAliasesNamingTheLimit() {
		StringBuilder aliased = new StringBuilder("{ ");
		for (int i = 0; i < 31; i++) {
			aliased.append("p").append(i).append(": districts { code } ");
		}
		Reply reply = http().post(aliased.append("}").toString(), Map.of(), null);
		assertThat(reply.<String>read("$.errors[0].message")).isEqualTo(
				"document: 31 aliases exceed the limit of 30 (pilotgraph.limits.max-aliases)");
	}

	@Test
	void shouldRefuseTooManyOperationsInOneDocumentNamingTheLimit() {
		StringBuilder operations = new StringBuilder();
		for (int i = 0; i < 21; i++) {
			operations.append("query Q").append(i).append(" { districts { code } } ");
		}
		Reply reply = http().post(operations.toString(), Map.of(), null);
		assertThat(reply.<String>read("$.errors[0].message")).isEqualTo(
				"document: 21 operations exceed the limit of 20 (pilotgraph.limits.max-operations)");
	}

	@Test
	void shouldGiveEveryErrorACorrelationId() {
		Reply syntax = http().post("{ districts { code ", Map.of(), null);
		Reply invalidArgument = http().post("{ testBases(first: 1000) { totalCount } }", Map.of(), null);
		assertThat(syntax.<String>read("$.errors[0].extensions.correlationId")).hasSize(36);
		assertThat(invalidArgument.<String>read("$.errors[0].extensions.argument")).isEqualTo("first");
		assertThat(invalidArgument.<String>read("$.errors[0].extensions.correlationId")).hasSize(36)
			.isNotEqualTo(syntax.<String>read("$.errors[0].extensions.correlationId"));
	}

	@Test
	void shouldRefuseAnOverLongDocumentNamingTheLimit() {
		String padded = "{ districts { code } }" + " ".repeat(25_000);
		Reply reply = http().post(padded, Map.of(), null);
		assertThat(reply.<String>read("$.errors[0].message")).contains("exceed the limit of 20000")
			.contains("max-document-length");
	}

	@Test
	void shouldLetGraphiqlIntrospectTheSchema() {
		String introspection = """
				{ __schema { types { name fields { name type { kind name ofType { kind name ofType { kind name
				  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } } }""";
		Reply reply = http().post(introspection, Map.of(), null);
		assertThat(reply.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		assertThat(reply.<List<String>>read("$.data.__schema.types[*].name")).contains("TestBase", "Entity");
	}

	@Test
	void shouldAnswerTheContractSizedQueriesWithinTheLimits() {
		Reply reply = http().post("{ testBases(first: 100) { totalCount edges { node { id covers { id chain { id } } operators { id } } } } }",
				Map.of(), null);
		assertThat(reply.<Map<String, Object>>read("$")).doesNotContainKey("errors");
	}

}
