package city.quanzhou.pilotgraph.entity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.PlanOperators;

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
	void shouldReadAPageByNameFromTheKindsNameIndexInOrder() {
		// a partial sort over the index in name order stops after the page; a full sort reads every entity of the kind
		try (Session session = this.driver.session()) {
			for (EntityKind kind : EntityKind.values()) {
				for (EntityOrder order : List.of(EntityOrder.BY_NAME, new EntityOrder("NAME", "DESC"))) {
					Plan plan = session.run("EXPLAIN " + EntityQueries.page(kind, Map.of(), order, EntityProjection.ID_ONLY),
							Map.of("offset", 0, "limit", 21))
						.consume()
						.plan();
					assertThat(PlanOperators.of(plan)).as("%s by %s", kind, order)
						.contains("PartialTop")
						.anyMatch((operator) -> operator.startsWith("NodeIndexScan"))
						.doesNotContain("Top", "NodeByLabelScan", "DynamicLabelNodeLookup");
				}
			}
		}
	}

	@Test
	void shouldListByNameInBothDirectionsWithTheIdBreakingTies() {
		replaceGraph("""
				CREATE (:Entity:Institute {id: 'inst-2', name: '甲研究院', aliases: [], source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Institute {id: 'inst-1', name: '甲研究院', aliases: [], source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Institute {id: 'inst-3', name: '乙研究院', aliases: [], source: 'SYNTHETIC', version: 1})
				""");
		List<String> ascending = this.graphQl.document("{ institutes(first: 3) { edges { node { id } } } }")
			.execute().path("institutes.edges[*].node.id").entityList(String.class).get();
		List<String> descending = this.graphQl
			.document("{ institutes(first: 3, orderBy: {field: NAME, direction: DESC}) { edges { node { id } } } }")
			.execute().path("institutes.edges[*].node.id").entityList(String.class).get();
		// names compare by code point: 乙 (U+4E59) before 甲 (U+7532); the two 甲 by id, ascending either way
		assertThat(ascending).containsExactly("inst-3", "inst-1", "inst-2");
		assertThat(descending).containsExactly("inst-1", "inst-2", "inst-3");
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
