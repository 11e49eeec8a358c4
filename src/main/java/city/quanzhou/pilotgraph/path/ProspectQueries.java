package city.quanzhou.pilotgraph.path;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * The Cypher of the prospects for a result ({@code reachableEnterprises}): its existing partners, and the
 * enterprises it reaches over real ties, with the slots and fragments of {@link PathQueries}.
 */
final class ProspectQueries {

	/**
	 * What makes an enterprise an existing partner of a result, read before the search (cheap reads from the
	 * result): enterprises with a technology contract for the result, holding it, or cooperating with its owner.
	 */
	static final String PROSPECT_FACTS = """
			MATCH (s:Result {id: $id})
			RETURN COLLECT { MATCH (s)-[:TRANSFERRED_TO]->(e:Enterprise) RETURN DISTINCT e.id AS id } AS contracted,
			  COLLECT { MATCH (s)-[:OWNED_BY]->(e:Enterprise) RETURN DISTINCT e.id AS id } AS holders,
			  COLLECT { MATCH (s)-[:OWNED_BY]->(:Institute)-[:COOPERATES_WITH]->(e:Enterprise) RETURN DISTINCT e.id AS id } AS cooperating
			""";

	/**
	 * Enterprises a result reaches: all shortest paths to each enterprise within reach, keeping the
	 * strongest. Existing partners ({@code $existing}, see {@link #PROSPECT_FACTS}) are left out unless
	 * {@code $includeExisting}; the rest are ranked nearest first, then by fit (active in a link the result
	 * applies to, then in its chain; the names of those links and chains come back beside the path), then by the
	 * strength of the path. {@code {{search}}} binds {@code e} and its candidate paths {@code p}
	 * ({@link #reachableEnterprises}).
	 * <p>
	 * Only the enterprises as near as the {@code first}-th nearest can be returned, so only their paths are
	 * weighed: at 1,000,000 nodes a result reaches 16,000–26,000 enterprises over 18,000–52,000 shortest paths
	 * within 4 hops, and reading every tie of every path for its strength cost more than the search. The fit is
	 * asked of those enterprises alone, from their own links: read from the result's side beforehand, the
	 * enterprises of its chain were 43,000 and took 0.6–1.1 s.
	 */
	private static final String REACHABLE_ENTERPRISES = """
			CYPHER 25
			MATCH (s:Result {id: $id})
			WITH s, COLLECT { MATCH (s)-[:APPLIES_TO]->(l:ChainLink) RETURN DISTINCT l } AS links,
			  COLLECT { MATCH (s)-[:APPLIES_TO]->(:ChainLink)-[:PART_OF]->(c:IndustryChain) RETURN DISTINCT c } AS chains
			CALL (s) {
			  {{search}}
			}
			WITH links, chains, e, p WHERE $includeExisting OR NOT e.id IN $existing
			WITH links, chains, e, min(length(p)) AS hops, collect(p) AS paths
			ORDER BY hops
			WITH links, chains, collect({e: e, hops: hops, paths: paths}) AS reached
			WITH links, chains, reached, reached[$first - 1].hops AS farthest
			UNWIND [r IN reached WHERE farthest IS NULL OR r.hops <= farthest] AS r
			UNWIND r.paths AS p
			WITH links, chains, r.e AS e, {{path}} AS path
			ORDER BY path.hops, path.strength DESC, path.total DESC, [n IN path.nodes | n.id]
			WITH links, chains, e, head(collect(path)) AS path
			WITH e, path,
			  COLLECT { MATCH (e)-[:ACTIVE_IN]->(l:ChainLink) WHERE l IN links RETURN DISTINCT l.name AS name ORDER BY name } AS sharedLinks,
			  COLLECT { MATCH (e)-[:ACTIVE_IN]->(:ChainLink)-[:PART_OF]->(c:IndustryChain) WHERE c IN chains
			            RETURN DISTINCT c.name AS name ORDER BY name } AS sharedChains
			ORDER BY path.hops, size(sharedLinks) > 0 DESC, size(sharedChains) > 0 DESC, path.strength DESC, e.name, e.id
			LIMIT $first
			RETURN {{shownPath}} AS path, sharedLinks, sharedChains
			""";

	/** The shortest paths to every enterprise within reach. */
	private static final String REACHABLE = """
			MATCH p = ALL SHORTEST (s){{walk}}-[:{{ties}}]-(e:Enterprise)
			  RETURN e, p""";

	/**
	 * The shortest paths to every enterprise within reach that pass through a node of the kind asked for
	 * ({@code k}), one search per farthest place of {@code k}. Not a filter after the search: Neo4j applies a
	 * shortest match's WHERE after choosing the shortest paths ({@code PathQueries.BREADTH_FIRST}), so an enterprise whose
	 * shortest paths all miss the kind was left out even when a longer path within reach passes it. The WHERE
	 * left keeps paths simple: a walk out to {@code k} and back over a parallel tie is not a path.
	 */
	private static final String REACHABLE_THROUGH = """
			MATCH p = ALL SHORTEST (s){{walkToKind}}-[:{{ties}}]-(k WHERE {{kind}}){{walkOn}}-[:{{ties}}]-(e:Enterprise)
			  WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
			  RETURN e, p""";

	private ProspectQueries() {
	}

	/**
	 * {@code throughAKind}: whether the request names a kind the path must pass through, which takes at least two
	 * hops; with it, {@code maxHops} must be 2 or more.
	 */
	static String reachableEnterprises(int maxHops, EntityProjection nodes, boolean throughAKind) {
		String search = PathQueries.fill(REACHABLE,
				Map.of("walk", PathQueries.walk("x", maxHops, ""), "ties", RealTies.PATTERN));
		if (throughAKind) {
			String kind = PathQueries.between("k") + " AND $through IN labels(k)";
			// k at most `toKind` hops from the result, the enterprise at most maxHops - toKind beyond it
			search = IntStream.range(1, maxHops)
				.mapToObj((toKind) -> PathQueries.fill(REACHABLE_THROUGH,
						Map.of("walkToKind", PathQueries.walk("x", toKind, ""), "ties", RealTies.PATTERN, "kind", kind,
								"walkOn", PathQueries.walk("y", maxHops - toKind, ""))))
				.collect(Collectors.joining("\n  UNION ALL\n  "));
		}
		return PathQueries.fill(REACHABLE_ENTERPRISES, Map.of("search", search, "path", PathQueries.path("p"),
				"shownPath", PathQueries.shown("path", nodes)));
	}

}
