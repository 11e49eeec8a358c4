package city.quanzhou.pilotgraph.path;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * The Cypher of the path searches. Each statement is a template with named slots, {@code {{walk}}}, that
 * {@link #fill} fills in one pass, each slot from a fragment built here from constants (relationship types,
 * the strength formula, category labels), from an {@link EntityProjection} (allow-listed field names) and from
 * the hop bound, an integer the service has checked against its cap (quantifier bounds cannot be parameters).
 * Everything a request carries besides is a {@code $parameter}.
 * <p>
 * Each search uses the same shape, {@code (a)(()-[:TIES]-(x WHERE ...)){0,n-1}()-[:TIES]-(b)}: the
 * quantified part walks the nodes in between (the {@code x}), which must not be categories, avoided
 * entities or, when asked, bases that are not operating; the last hop reaches the far end, which may be
 * anything. Cypher 25's {@code SHORTEST} finds the paths breadth-first from both ends, so the cost grows
 * with the neighbourhoods of the two ends, not with the size of the graph. Partner paths between ends with few
 * ties are enumerated instead, as fixed-length patterns over the same nodes ({@link #ENUMERATED_OR_BREADTH_FIRST}).
 */
final class PathQueries {

	/**
	 * How many real ties the two ends of a partner-path search may have together for the paths between them to be
	 * enumerated ({@link #ENUMERATED_OR_BREADTH_FIRST}): the ends measured at 1,000,000 nodes had up to 165 (14 ms
	 * either way), the hub that made the enumeration slower 5,435.
	 */
	static final int ENUMERATE_UP_TO_TIES = 256;

	/** A slot of a template: a name in double braces. */
	private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

	/** Nodes a path may pass through, as a predicate on the variable {@code %1$s}. */
	private static final String BETWEEN = """
			NOT %1$s:%2$s AND NOT %1$s.id IN $avoid
			AND (NOT $operatingBasesOnly OR NOT %1$s:TestBase OR %1$s.status = 'OPERATING')""";

	/**
	 * A path bound to {@code %1$s} as the service maps it: its nodes, its ties, and the strength of its
	 * weakest tie ({@code total} only breaks ties between equally weak paths); {@code %2$s} is the strength of
	 * one tie {@code r}.
	 */
	private static final String PATH = """
			{hops: length(%1$s), nodes: nodes(%1$s),
			 relationships: [r IN relationships(%1$s) | {type: type(r), from: startNode(r).id, to: endNode(r).id}],
			 strength: reduce(m = null, w IN [r IN relationships(%1$s) | %2$s] | CASE WHEN m IS NULL OR w < m THEN w ELSE m END),
			 total: reduce(s = 0.0, w IN [r IN relationships(%1$s) | %2$s] | s + w)}""";

	/** Ends of a search, checked in the same transaction so that an unknown id gets its own error. */
	static final String ENDS = """
			MATCH (n:Entity) WHERE n.id IN $ids
			RETURN n {.*, embedding: null, labels: labels(n)} AS n
			""";

	/**
	 * Partner paths: every simple path of up to the bound, or enough of the shortest to hold {@code first} routes,
	 * ranked by length and then by strength. Paths through the same nodes over parallel ties (a broker who both
	 * serves and brokered for a party) are one route to a broker: only the strongest is kept. {@code {{search}}}
	 * binds the candidate paths {@code p}, in one of two ways ({@link #partnerPaths}).
	 */
	private static final String PARTNER_PATHS = """
			CYPHER 25
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			CALL (a, b) {
			  {{search}}
			}
			WITH p WHERE $through IS NULL OR any(n IN nodes(p)[1..-1] WHERE $through IN labels(n))
			WITH {{path}} AS path
			WITH [n IN path.nodes | n.id] AS route, path
			ORDER BY path.strength DESC, path.total DESC
			WITH route, head(collect(path)) AS path
			ORDER BY path.hops, path.strength DESC, path.total DESC, route
			LIMIT $first
			RETURN {{shownPath}} AS path
			""";

	/**
	 * The breadth-first search: every trail of each length up to the bound ({@code {{lengths}}} groups, the bound
	 * itself), filtered to simple paths; the kind asked for is filtered after either way ({@link #PARTNER_PATHS}).
	 * Not fewer groups: Neo4j applies a shortest match's WHERE after choosing the groups (the plan has a Filter
	 * above StatefulShortestPath), so a shorter group of trails that repeat a node or miss the kind used up the
	 * search and the paths that pass came back as none (fixture of {@code PartnerPathTests}: res to ent-t within
	 * 3 hops through a broker, first 1).
	 */
	private static final String BREADTH_FIRST = """
			MATCH p = SHORTEST {{lengths}} GROUPS (a){{walk}}-[:{{ties}}]-(b)
			  WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
			  RETURN p""";

	/**
	 * Every simple path of each length up to the bound, one fixed-length pattern per length, for ends with few
	 * real ties between them ({@code $enumerateUpTo}). Between two parties that each hang off one large
	 * institute (8,480 ties at 1,000,000 nodes), the breadth-first search above spends 0.6–1.1 s within 4 hops,
	 * and 10 s within 6, proving that no longer path exists: the walks out to the institute's neighbours and back
	 * to it are trails it traces and prunes one by one. Enumerated, with the hops around each end joined in the
	 * middle, the same answers take 33–42 ms and 118 ms. When an end is itself a hub (an enterprise with 5,435
	 * ties), the enumeration reads all of its neighbourhood and costs 206 ms within 4 hops where the breadth-first
	 * search, which grows the smaller side, takes 33–61 ms; so the ends' own ties decide, counted from the degree
	 * store before either search starts.
	 */
	private static final String ENUMERATED_OR_BREADTH_FIRST = """
			WHEN COUNT { (a)-[:{{ties}}]-() } + COUNT { (b)-[:{{ties}}]-() } <= $enumerateUpTo THEN {
			    CALL (a, b) {
			      {{eachLength}}
			    }
			    RETURN p
			  }
			  ELSE {
			    {{breadthFirst}}
			  }""";

	/**
	 * The length of the shortest partner path, for a request that asks for one path and nothing of it but
	 * {@code hops}: the same search as {@link #BREADTH_FIRST}, without ranking the routes by strength, reading their
	 * ties or projecting their nodes. Every length up to the bound, for the reason given there.
	 */
	private static final String SHORTEST_LENGTH = """
			CYPHER 25
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST {{lengths}} GROUPS (a){{walk}}-[:{{ties}}]-(b)
			WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
			  AND ($through IS NULL OR any(n IN nodes(p)[1..-1] WHERE $through IN labels(n)))
			RETURN length(p) AS hops
			ORDER BY hops
			LIMIT 1
			""";

	/**
	 * The same length when no kind is required on the way, by the breadth-first {@code shortestPath()}: its
	 * search from both ends costs less than {@code SHORTEST}'s (0.80 against 1.08 ms at M,
	 * {@code bench/profile/statements.js shortest}). A shortest path repeats no node, so no check for that.
	 * The predicate covers every node and lets the ends pass: on {@code nodes(p)[1..-1]} the planner adds an
	 * exhaustive search of every path up to the bound for when the shortest one fails it, which between ends
	 * that are not joined walks all of both neighbourhoods' paths. Without {@code CYPHER 25}: nothing in it needs
	 * Cypher 25, and a statement that names a language costs the database about 0.03–0.05 ms more to pre-parse
	 * its options on every run, a tenth of this statement's own CPU (docs/benchmarks.md, "Sixth round").
	 */
	private static final String SHORTEST_LENGTH_ANY_WAY = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = shortestPath((a)-[:{{ties}}*1..{{hops}}]-(b))
			WHERE all(x IN nodes(p) WHERE x = a OR x = b OR ({{between}}))
			RETURN length(p) AS hops
			""";

	/**
	 * Bridging brokers: one breadth-first search from {@code a} to every broker within reach and one from
	 * {@code b} (rather than one search per broker, which costs seconds when {@code a} is a hub), the two joined
	 * by grouping on the broker. Not by looking each broker of one side up in a list of the other's: at
	 * 1,000,000 nodes an institute reaches 9,217 brokers in 3 hops and a base 6,308, and those list look-ups took
	 * 5–7 s where the grouping takes 0.4 s. The parties are not their own bridges.
	 */
	private static final String BRIDGING_BROKERS = """
			CYPHER 25
			MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
			CALL (a, b) {
			  MATCH pa = ANY SHORTEST (a){{walkFromA}}-[:{{ties}}]-(k:Broker)
			  WHERE k <> a AND k <> b
			  RETURN k, pa, null AS pb
			  UNION ALL
			  MATCH pb = ANY SHORTEST (b){{walkFromB}}-[:{{ties}}]-(k:Broker)
			  WHERE k <> a AND k <> b
			  RETURN k, null AS pa, pb
			}
			WITH k, collect(pa) AS fromA, collect(pb) AS fromB
			WHERE size(fromA) > 0 AND size(fromB) > 0
			WITH k, fromA[0] AS pa, fromB[0] AS pb
			WITH k, {{pathA}} AS toA, {{pathB}} AS toB
			ORDER BY toA.hops + toB.hops,
			  CASE WHEN toA.hops > toB.hops THEN toA.hops ELSE toB.hops END,
			  toA.strength + toB.strength DESC, k.name, k.id
			LIMIT $first
			RETURN {{shownBroker}} AS broker, {{shownPathA}} AS toA, {{shownPathB}} AS toB
			""";

	/**
	 * The neighbourhood: every entity of the wanted kinds within reach, nearest first, and then the real ties
	 * among those drawn. The walk stays on wanted kinds, so whatever is drawn is connected to the centre.
	 */
	private static final String NEIGHBOURHOOD = """
			CYPHER 25
			MATCH (c:Entity {id: $id})
			MATCH p = ANY SHORTEST (c){{walk}}-[:{{ties}}]-(n WHERE {{wantedKind}})
			WHERE n <> c
			WITH c, n, length(p) AS hops
			ORDER BY hops, n.name, n.id
			WITH c, collect({node: n, hops: hops}) AS reached
			WITH c, size(reached) AS reachableCount, reached[0..$first] AS shown
			WITH c, reachableCount, shown, [c] + [s IN shown | s.node] AS drawn
			CALL (drawn) {
			  UNWIND drawn AS m
			  MATCH (m)-[r:{{ties}}]->(o)
			  WHERE o IN drawn
			  RETURN collect({type: type(r), from: m.id, to: o.id}) AS relationships
			}
			RETURN reachableCount, [s IN shown | {node: [node IN [s.node] | {{shownNode}}][0], hops: s.hops}] AS shown, relationships
			""";

	private PathQueries() {
	}

	/**
	 * The statements below read the entities they return as {@code nodes} (or {@code broker}) asks, once the
	 * paths to return are chosen: candidate paths carry node references only, never properties.
	 */
	static String partnerPaths(int maxHops, EntityProjection nodes) {
		String breadthFirst = fill(BREADTH_FIRST, Map.of("walk", walk("x", maxHops, ""), "ties", RealTies.PATTERN,
				"lengths", Integer.toString(maxHops)));
		String search = fill(ENUMERATED_OR_BREADTH_FIRST, Map.of("ties", RealTies.PATTERN, "breadthFirst", breadthFirst,
				"eachLength", IntStream.rangeClosed(1, maxHops)
					.mapToObj(PathQueries::simplePathsOfLength)
					.collect(Collectors.joining("\n      UNION ALL\n      "))));
		return fill(PARTNER_PATHS, Map.of("search", search, "path", path("p"), "shownPath", shown("path", nodes)));
	}

	/**
	 * The simple paths of exactly {@code hops} ties, through nodes a path may pass through. The pattern itself
	 * keeps its ties distinct; the nodes are kept distinct here. Four hops or more are joined in the middle, so that
	 * each side reads only the hops around its own end.
	 */
	private static String simplePathsOfLength(int hops) {
		List<String> nodes = new ArrayList<>();
		nodes.add("a");
		StringBuilder pattern = new StringBuilder("(a)");
		for (int i = 1; i < hops; i++) {
			String x = "x" + i;
			nodes.add(x);
			pattern.append("-[:").append(RealTies.PATTERN).append("]-(").append(x).append(" WHERE ")
				.append(between(x)).append(")");
		}
		pattern.append("-[:").append(RealTies.PATTERN).append("]-(b)");
		nodes.add("b");
		List<String> distinct = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				distinct.add(nodes.get(i) + " <> " + nodes.get(j));
			}
		}
		return "MATCH p = " + pattern + ((hops >= 4) ? " USING JOIN ON x" + (hops / 2) : "") + " WHERE "
				+ String.join(" AND ", distinct) + " RETURN p";
	}

	/** {@code throughAKind}: whether the request names a kind the path must pass through. */
	static String shortestLength(int maxHops, boolean throughAKind) {
		if (!throughAKind) {
			return fill(SHORTEST_LENGTH_ANY_WAY, Map.of("ties", RealTies.PATTERN, "hops", Integer.toString(maxHops),
					"between", between("x")));
		}
		return fill(SHORTEST_LENGTH, Map.of("walk", walk("x", maxHops, ""), "ties", RealTies.PATTERN,
				"lengths", Integer.toString(maxHops)));
	}

	/** Two searches in one statement, each walking its own variable. */
	static String bridgingBrokers(int maxHops, EntityProjection broker, EntityProjection nodes) {
		return fill(BRIDGING_BROKERS, Map.of("walkFromA", walk("x", maxHops, ""), "walkFromB", walk("y", maxHops, ""),
				"ties", RealTies.PATTERN, "pathA", path("pa"), "pathB", path("pb"), "shownBroker", broker.cypher("k"),
				"shownPathA", shown("toA", nodes), "shownPathB", shown("toB", nodes)));
	}

	/** The walk and its far end both stay on the wanted kinds. */
	static String neighbourhood(int hops, EntityProjection nodes) {
		return fill(NEIGHBOURHOOD, Map.of("walk", walk("x", hops, " AND (" + wantedKind("x") + ")"),
				"ties", RealTies.PATTERN, "wantedKind", wantedKind("n"), "shownNode", nodes.cypher("node")));
	}

	/**
	 * Fills every slot of the template with its fragment, in one pass: a fragment is never searched for
	 * slots, so no fragment depends on the order of the others. A slot without a fragment, or a fragment
	 * without a slot, is a mistake in this class and fails at once.
	 */
	static String fill(String template, Map<String, String> fragments) {
		Set<String> unused = new HashSet<>(fragments.keySet());
		Matcher slots = SLOT.matcher(template);
		String filled = slots.replaceAll((slot) -> {
			String fragment = fragments.get(slot.group(1));
			if (fragment == null) {
				throw new IllegalStateException("No fragment for the slot " + slot.group());
			}
			unused.remove(slot.group(1));
			return Matcher.quoteReplacement(fragment);
		});
		if (!unused.isEmpty()) {
			throw new IllegalStateException("Fragments without a slot: " + unused);
		}
		return filled;
	}

	/**
	 * All hops but the last, between the start and the node before the far end, through nodes bound to
	 * {@code variable} that a path may pass through (and that meet {@code alsoRequired}). Cypher allows no
	 * quantifier {@code {0,0}}, so a one-hop search has no quantified part at all.
	 */
	static String walk(String variable, int hops, String alsoRequired) {
		if (hops == 1) {
			return "";
		}
		return "(()-[:" + RealTies.PATTERN + "]-(" + variable + " WHERE " + between(variable) + alsoRequired + ")){0,"
				+ (hops - 1) + "}()";
	}

	/** The condition on a node a path may pass through, bound to {@code variable}. */
	static String between(String variable) {
		return BETWEEN.formatted(variable, RealTies.CATEGORY_LABELS);
	}

	static String path(String variable) {
		return PATH.formatted(variable, RealTies.STRENGTH);
	}

	/** A chosen path with its nodes read as asked. */
	static String shown(String path, EntityProjection nodes) {
		return path + " {.*, nodes: [node IN " + path + ".nodes | " + nodes.cypher("node") + "]}";
	}

	private static String wantedKind(String variable) {
		return "$kinds IS NULL OR any(l IN labels(" + variable + ") WHERE l IN $kinds)";
	}

}
