package city.quanzhou.pilotgraph.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * {@link GraphLookup} against the live graph: a few bulk read queries per dataset, in slices of
 * {@link #SLICE} values, each its own transaction, so that a file of a million ids stays within the
 * database's transaction time limit.
 */
final class Neo4jGraphLookup implements GraphLookup {

	/** Values per look-up transaction: an index seek each, well within the time limit on a loaded machine. */
	static final int SLICE = 20_000;

	private final GraphSessions sessions;

	Neo4jGraphLookup(GraphSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public Map<String, EntityKind> kindsOf(Collection<String> ids) {
		Map<String, EntityKind> kinds = new HashMap<>();
		try (Session session = this.sessions.session()) {
			for (List<String> slice : slices(ids)) {
				session.executeRead((tx) -> tx.run("""
						MATCH (n:Entity) WHERE n.id IN $ids
						RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'] AS labels
						""", Map.of("ids", slice)).list()).forEach((row) -> row.get("labels")
					.asList((value) -> value.asString())
					.forEach((label) -> EntityKind.ofLabel(label).ifPresent((kind) -> kinds.put(row.get("id").asString(), kind))));
			}
		}
		return kinds;
	}

	@Override
	public Set<String> districtCodes() {
		try (Session session = this.sessions.session()) {
			return new HashSet<>(session.executeRead((tx) -> tx.run("MATCH (d:District) RETURN d.code AS code")
				.list((row) -> row.get("code").asString())));
		}
	}

	@Override
	public Map<String, String> idsByName(EntityKind kind, Collection<String> names) {
		Map<String, String> ids = new HashMap<>();
		try (Session session = this.sessions.session()) {
			for (List<String> slice : slices(names)) {
				session.executeRead((tx) -> tx.run("""
						MATCH (n:$($label)) WHERE n.name IN $names
						RETURN n.name AS name, n.id AS id
						""", Map.of("label", kind.label(), "names", slice)).list())
					.forEach((row) -> ids.put(row.get("name").asString(), row.get("id").asString()));
			}
		}
		return ids;
	}

	private static List<List<String>> slices(Collection<String> values) {
		List<String> all = List.copyOf(values);
		List<List<String>> slices = new java.util.ArrayList<>();
		for (int start = 0; start < all.size(); start += SLICE) {
			slices.add(all.subList(start, Math.min(all.size(), start + SLICE)));
		}
		return slices;
	}

}
