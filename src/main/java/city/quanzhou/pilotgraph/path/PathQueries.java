package city.quanzhou.pilotgraph.path;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * The Cypher of the path searches. Relationship types, the strength formula and category labels are
 * spliced in once, from constants; the only thing filled in per request is the hop bound, an integer the
 * service has checked against its cap (quantifier bounds cannot be parameters). Everything else is a
 * {@code $parameter}.
 * <p>
 * Each search uses the same shape, {@code (a)(()-[:TIES]-(x WHERE ...)){0,n-1}()-[:TIES]-(b)}: the
 * quantified part walks the nodes in between (the {@code x}), which must not be categories, avoided
 * entities or, when asked, bases that are not operating; the last hop reaches the far end, which may be
 * anything. Cypher 25's {@code SHORTEST} finds the paths breadth-first from both ends, so the cost grows
 * with the neighbourhoods of the two ends, not with the size of the graph.
 */
final class PathQueries {

	/** Nodes a path may pass through, as a predicate on {@code x}. */
	private static final String BETWEEN = """
			NOT x:%s AND NOT x.id IN $avoid
			AND (NOT $operatingBasesOnly OR NOT x:TestBase OR x.status = 'OPERATING')"""
		.formatted(RealTies.CATEGORY_LABELS);

	/**
	 * All hops but the last, between the start and the node before the far end. Cypher allows no
	 * quantifier {@code {0,0}}, so a one-hop search has no quantified part at all.
	 */
	private static final String WALK = "(()-[:TIES]-(x WHERE BETWEEN)){0,%d}()";

	/**
	 * A path as the service maps it: its nodes, its ties, and the strength of its weakest tie ({@code total}
	 * only breaks ties between equally weak paths).
	 */
	private static final String PROJECTION = """
			{hops: length(P), nodes: nodes(P),
			 relationships: [r IN relationships(P) | {type: type(r), from: startNode(r).id, to: endNode(r).id}],
			 strength: reduce(m = null, w IN [r IN relationships(P) | STRENGTH] | CASE WHEN m IS NULL OR w < m THEN w ELSE m END),
			 total: reduce(s = 0.0, w IN [r IN relationships(P) | STRENGTH] | s + w)}""".replace("STRENGTH",
			RealTies.STRENGTH);

	/** Ends of a search, checked in the same transaction so that an unknown id gets its own error. */
	static final String ENDS = """
			MATCH (n:Entity) WHERE n.id IN $ids
			RETURN n {.*, embedding: null, labels: labels(n)} AS n
			""";

	/**
	 * Partner paths. {@code SHORTEST k GROUPS} returns every path of the k shortest lengths; with k = first
	 * that holds at least {@code first} paths when that many exist, and the strongest of equal length can
	 * be chosen. The WHERE of a shortest-path MATCH is applied during the search (a pre-filter), so paths
	 * that repeat a node or miss the required kind do not use up a group. Paths through the same nodes
	 * over parallel ties (a broker who both serves and brokered for a party) are one route to a broker:
	 * only the strongest is kept. Each group holds at least one route, so k groups still hold k routes.
	 */
	private static final String PARTNER_PATHS = """
			CYPHER 25
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST $first GROUPS (a)WALK_X-[:TIES]-(b)
			WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
			  AND ($through IS NULL OR any(n IN nodes(p)[1..-1] WHERE $through IN labels(n)))
			WITH PATH AS path
			WITH [n IN path.nodes | n.id] AS route, path
			ORDER BY path.strength DESC, path.total DESC
			WITH route, head(collect(path)) AS path
			ORDER BY path.hops, path.strength DESC, path.total DESC, route
			LIMIT $first
			RETURN SHOWN_ROUTE AS path
			""";

	/**
	 * Bridging brokers: one breadth-first search from {@code a} to every broker within reach, then one from
	 * {@code b} to those same brokers (a single search with the brokers as a filter, rather than one search
	 * per broker, which costs seconds when {@code a} is a hub). The parties are not their own bridges.
	 */
	private static final String BRIDGING_BROKERS = """
			CYPHER 25
			MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
			MATCH pa = ANY SHORTEST (a)WALK_X-[:TIES]-(k:Broker)
			WHERE k <> a AND k <> b
			WITH b, collect(pa) AS fromA
			WITH b, fromA, [p IN fromA | last(nodes(p))] AS nearA
			MATCH pb = ANY SHORTEST (b)WALK_Y-[:TIES]-(k:Broker)
			WHERE k IN nearA
			WITH k, pb, [p IN fromA WHERE last(nodes(p)) = k][0] AS pa
			WITH k, PATH_A AS toA, PATH_B AS toB
			ORDER BY toA.hops + toB.hops,
			  CASE WHEN toA.hops > toB.hops THEN toA.hops ELSE toB.hops END,
			  toA.strength + toB.strength DESC, k.name, k.id
			LIMIT $first
			RETURN SHOWN_BROKER AS broker, SHOWN_ROUTE_A AS toA, SHOWN_ROUTE_B AS toB
			""";

	/**
	 * The neighbourhood: every entity of the wanted kinds within reach, nearest first, and then the real ties
	 * among those drawn. The walk stays on wanted kinds, so whatever is drawn is connected to the centre.
	 */
	private static final String NEIGHBOURHOOD = """
			CYPHER 25
			MATCH (c:Entity {id: $id})
			MATCH p = ANY SHORTEST (c)WALK_X-[:TIES]-(n WHERE KIND_N_OK)
			WHERE n <> c
			WITH c, n, length(p) AS hops
			ORDER BY hops, n.name, n.id
			WITH c, collect({node: n, hops: hops}) AS reached
			WITH c, size(reached) AS reachableCount, reached[0..$first] AS shown
			WITH c, reachableCount, shown, [c] + [s IN shown | s.node] AS drawn
			CALL (drawn) {
			  UNWIND drawn AS m
			  MATCH (m)-[r:TIES]->(o)
			  WHERE o IN drawn
			  RETURN collect({type: type(r), from: m.id, to: o.id}) AS relationships
			}
			RETURN reachableCount, [s IN shown | {node: [node IN [s.node] | SHOWN_NODE][0], hops: s.hops}] AS shown, relationships
			""";

	/**
	 * Enterprises a result reaches: all shortest paths to each enterprise within reach, keeping the
	 * strongest, then the nearest and strongest enterprises first.
	 */
	private static final String REACHABLE_ENTERPRISES = """
			CYPHER 25
			MATCH (s:Result {id: $id})
			MATCH p = ALL SHORTEST (s)WALK_X-[:TIES]-(e:Enterprise)
			WHERE $through IS NULL OR any(n IN nodes(p)[1..-1] WHERE $through IN labels(n))
			WITH e, PATH AS path
			ORDER BY path.strength DESC, path.total DESC, [n IN path.nodes | n.id]
			WITH e, head(collect(path)) AS path
			ORDER BY path.hops, path.strength DESC, e.name, e.id
			LIMIT $first
			RETURN SHOWN_ROUTE AS path
			""";

	private PathQueries() {
	}

	/**
	 * The statements below read the entities they return as {@code nodes} (or {@code broker}) asks, once the
	 * paths to return are chosen: candidate paths carry node references only, never properties.
	 */
	static String partnerPaths(int maxHops, EntityProjection nodes) {
		return fill(PARTNER_PATHS, maxHops, "").replace("SHOWN_ROUTE", shown("path", nodes))
			.replace("PATH", projection("p"));
	}

	static String bridgingBrokers(int maxHops, EntityProjection broker, EntityProjection nodes) {
		return fill(BRIDGING_BROKERS, maxHops, "").replace("SHOWN_BROKER", broker.cypher("k"))
			.replace("SHOWN_ROUTE_A", shown("toA", nodes))
			.replace("SHOWN_ROUTE_B", shown("toB", nodes))
			.replace("PATH_A", projection("pa"))
			.replace("PATH_B", projection("pb"));
	}

	static String neighbourhood(int hops, EntityProjection nodes) {
		return fill(NEIGHBOURHOOD, hops, " AND (" + kindOk("x") + ")").replace("KIND_N_OK", kindOk("n"))
			.replace("SHOWN_NODE", nodes.cypher("node"));
	}

	static String reachableEnterprises(int maxHops, EntityProjection nodes) {
		return fill(REACHABLE_ENTERPRISES, maxHops, "").replace("SHOWN_ROUTE", shown("path", nodes))
			.replace("PATH", projection("p"));
	}

	/** A chosen path with its nodes read as asked. */
	private static String shown(String path, EntityProjection nodes) {
		return path + " {.*, nodes: [node IN " + path + ".nodes | " + nodes.cypher("node") + "]}";
	}

	/**
	 * Splices the walk (with its hop bound, already checked against its cap) and the constants into a
	 * template. {@code WALK_Y} is the same walk under another variable, for a second search in one statement.
	 */
	private static String fill(String template, int hops, String extraCondition) {
		String walk = (hops > 1) ? WALK.formatted(hops - 1).replace("BETWEEN", BETWEEN + extraCondition) : "";
		return template.replace("WALK_X", walk)
			.replace("WALK_Y", walk.replaceAll("\\bx\\b", "y"))
			.replace("TIES", RealTies.PATTERN);
	}

	private static String projection(String variable) {
		return PROJECTION.replace("P)", variable + ")");
	}

	private static String kindOk(String variable) {
		return "$kinds IS NULL OR any(l IN labels(%s) WHERE l IN $kinds)".formatted(variable);
	}

}
