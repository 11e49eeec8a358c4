package city.quanzhou.pilotgraph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The argument rules read the same in every query: {@code first: 0} is an empty list everywhere (a connection
 * still counts the whole list), and an argument sent as an explicit null is refused naming it, since its
 * default lives in the schema only.
 */
class ArgumentRulesTests extends SeededGraphTest {

	@Test
	void shouldAnswerFirstZeroWithAnEmptyListInEveryQuery() {
		var response = this.graphQl.documentName("firstZero").variable("resultId", "res-waterless-dyeing").execute();

		response.errors().verify();
		assertThat(response.path("testBases.totalCount").entity(Integer.class).get()).isPositive();
		response.path("testBases.edges").entityList(Object.class).hasSize(0);
		assertThat(response.path("testBases.pageInfo.hasNextPage").entity(Boolean.class).get()).isTrue();
		assertThat(response.path("waitingResults.totalCount").entity(Integer.class).get()).isPositive();
		response.path("waitingResults.edges").entityList(Object.class).hasSize(0);
		for (String list : List.of("coverageGaps", "search", "baseMatches")) {
			response.path(list).entityList(Object.class).hasSize(0);
		}
	}

	@Test
	void shouldAnswerFirstZeroWithAnEmptyListInEveryPathSearch() {
		var request = this.graphQl.documentName("firstZeroPaths")
			.variable("from", "res-waterless-dyeing")
			.variable("to", "ent-0073");
		// sent once before it is read: on a busy machine the first plan of a path search can use up its time limit
		request.execute();

		var response = request.execute();

		response.errors().verify();
		assertThat(response.path("neighbourhood.reachableCount").entity(Integer.class).get()).isPositive();
		assertThat(response.path("neighbourhood.truncated").entity(Boolean.class).get()).isTrue();
		for (String list : List.of("partnerPaths", "bridgingBrokers", "neighbourhood.nodes", "reachableEnterprises")) {
			response.path(list).entityList(Object.class).hasSize(0);
		}
	}

	@Test
	void shouldRefuseAnExplicitNullFirstNamingIt() {
		this.graphQl.documentName("explicitNullFirst")
			.variable("first", null)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).startsWith("first: must not be null");
				assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "first");
			});
	}

	@Test
	void shouldRefuseAnIdOfAnotherKindTheSameWayEverywhere() {
		this.graphQl.documentName("idsOfAnotherKind")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).map((error) -> error.getMessage())
				.containsExactlyInAnyOrder("resultId: ent-0073 is an ENTERPRISE, not a RESULT",
						"resultId: ent-0073 is an ENTERPRISE, not a RESULT", "chainId: no entity has id 'nothing-here'"));
	}

}
