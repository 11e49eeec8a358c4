package city.quanzhou.pilotgraph.entity;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which documents may keep what their fields compiled: those where no variable can change a selection.
 * What a kept selection answers is tested against the database in {@link SelectionReadTests}.
 */
class SelectionCacheTests {

	@Test
	void shouldKeepDocumentsWhoseVariablesOnlyReachTheRootFieldsArguments() {
		assertThat(holdsNoVariable("""
				query ($id: ID!, $first: Int) {
				  entity(id: $id) { id ... on TestBase { covers(sources: [PUBLIC]) { id } } }
				  testBases(first: $first) { edges { node { ...named } } }
				}
				fragment named on TestBase { id name district { code } }""")).isTrue();
		assertThat(holdsNoVariable("{ coverageGaps(first: 5) { waitingResults(first: 3) { id } } }")).isTrue();
	}

	@Test
	void shouldCompileEveryRequestWhenAVariableReachesBelowARootField() {
		assertThat(holdsNoVariable("""
				query ($id: ID!, $sources: [TieSource!]) {
				  entity(id: $id) { id ... on TestBase { covers(sources: $sources) { id } } }
				}""")).isFalse();
		assertThat(holdsNoVariable("""
				query ($n: Int) { coverageGaps { waitingResults(first: $n) { id } } }""")).isFalse();
		assertThat(holdsNoVariable("""
				query ($filter: TestBaseFilter) { entity(id: "a") { ... on Park { testBases(filter: {and: [$filter]}) { totalCount } } } }""")).isFalse();
		assertThat(holdsNoVariable("""
				query ($n: Int) { testBases { edges { node { ...withResults } } } }
				fragment withResults on TestBase { id operators { ... on Institute { results(first: $n) { totalCount } } } }""")).isFalse();
	}

	@Test
	void shouldCompileEveryRequestWhenSkipOrIncludeAppears() {
		assertThat(holdsNoVariable("""
				query ($all: Boolean!) { testBases { totalCount @include(if: $all) edges { node { id } } } }""")).isFalse();
		assertThat(holdsNoVariable("""
				{ testBases { totalCount @skip(if: true) edges { node { id } } } }""")).isFalse();
		assertThat(holdsNoVariable("""
				query ($all: Boolean!) { entity(id: "a") { id ... on TestBase @include(if: $all) { covers { id } } } }""")).isFalse();
		assertThat(holdsNoVariable("""
				query ($all: Boolean!) { entity(id: "a") { id ...covered @skip(if: $all) } }
				fragment covered on TestBase { covers { id } }""")).isFalse();
		assertThat(holdsNoVariable("""
				query ($all: Boolean!) { testBases @include(if: $all) { totalCount } }""")).isFalse();
	}

	private static boolean holdsNoVariable(String document) {
		return SelectionCache.selectionsHoldNoVariable(Parser.parse(document));
	}

}
