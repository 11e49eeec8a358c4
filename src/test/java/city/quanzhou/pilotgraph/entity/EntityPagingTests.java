package city.quanzhou.pilotgraph.entity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

class EntityPagingTests extends FixtureGraphTest {

	@BeforeEach
	void threeInstitutes() {
		replaceGraph("""
				CREATE (:District {code: '350582', name: '晋江市'})
				CREATE (:Entity:Institute {id: 'inst-a', name: '甲研究院', aliases: ['甲院'], source: 'SYNTHETIC', version: 1, inCity: true})
				CREATE (:Entity:Institute {id: 'inst-b', name: '乙研究院', aliases: [], source: 'SYNTHETIC', version: 1, inCity: true})
				CREATE (:Entity:Institute {id: 'inst-c', name: '丙实验室', aliases: [], source: 'SYNTHETIC', version: 1, inCity: false})
				""");
	}

	@Test
	void shouldWalkEveryPageOnceWithCursors() {
		var first = this.graphQl.documentName("institutes").variable("first", 2)
			.execute();
		first.path("institutes.totalCount").entity(Integer.class).isEqualTo(3);
		first.path("institutes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("institutes.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.documentName("institutes").variable("first", 2)
			.variable("after", cursor)
			.execute();
		second.path("institutes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("institutes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		var ids = first.path("institutes.edges[*].node.id").entityList(String.class).get();
		ids.addAll(second.path("institutes.edges[*].node.id").entityList(String.class).get());
		assertThat(ids).containsExactlyInAnyOrder("inst-a", "inst-b", "inst-c");
	}

	@Test
	void shouldRefuseFirstOverTheCapNamingTheArgument() {
		this.graphQl.documentName("institutes").variable("first", 101)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).startsWith("first: must be at most 100");
				assertThat(errors.getFirst().getExtensions()).containsEntry("argument", "first");
			});
	}

	@Test
	void shouldRefuseACursorItDidNotIssue() {
		this.graphQl.documentName("institutes").variable("after", "bm90LWEtY3Vyc29y")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.getFirst().getMessage()).startsWith("after: is not a cursor"));
	}

	@Test
	void shouldFilterByNameOrAlias() {
		this.graphQl.documentName("institutes").variable("filter", Map.of("text", "甲院"))
			.execute()
			.path("institutes.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("inst-a");
	}

	@Test
	void shouldReturnNullForAnUnknownId() {
		this.graphQl.documentName("entity").variable("id", "no-such-id").execute().path("entity").valueIsNull();
	}

	@Test
	void shouldResolveAnEntityToItsOwnType() {
		this.graphQl.documentName("entity").variable("id", "inst-c")
			.execute()
			.path("entity.kind").entity(String.class).isEqualTo("INSTITUTE")
			.path("entity.inCity").entity(Boolean.class).isEqualTo(false);
	}

}
