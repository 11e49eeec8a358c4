package city.quanzhou.pilotgraph.ingest;

import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;
import city.quanzhou.pilotgraph.search.EmbeddingQueue;

/**
 * The one way entities and their single references are written, by the editor (one row) and by the import
 * (batches of rows): the statements here are the only Cypher that does it, so both paths agree by
 * construction. Every statement takes {@code $rows}, {@code $now} (one instant per write, which also marks
 * what this write already touched) and {@code $by}; the node's label is a parameter taken from the format's enum,
 * and a reference's type is written into its statement from that enum, because a typed pattern reads only the ties
 * of its type where a parameter's reads every tie of the node (all 3,391 of a base at size L).
 */
public final class GraphWrites {

	/**
	 * Upserts nodes: {@code row.id} and {@code row.props}, where a null value removes the property. A row
	 * that changes nothing is left alone (its version and embedding stay) unless {@code $always} (an editor's
	 * explicit save always makes a new version); a changed node gets a new version and joins the embedding
	 * queue in the same transaction (its old vector serves until the background job replaces it, and the job
	 * skips it when its embedded text did not change). Returns how many were created and how many changed
	 * (created included).
	 */
	public static final String NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			ON CREATE SET n.version = 0
			WITH n, row
			WHERE $always OR n.version = 0
			   OR any(key IN keys(row.props) WHERE NOT coalesce(n[key] = row.props[key], n[key] IS NULL AND row.props[key] IS NULL))
			SET n:$($label), n += row.props, n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $by
			REMOVE n.editLock
			%s
			RETURN count(CASE WHEN n.version = 1 THEN 1 END) AS created, count(n) AS changed
			""".formatted(EmbeddingQueue.MARK);

	/**
	 * Creates nodes an import's validation found nowhere in the graph, writing what {@link #NODES} writes for a new
	 * node without looking for it first (a profiled import of 100,000 nodes spent a quarter of the database's time in
	 * index seeks). A node created meanwhile by another writer breaks the id constraint, and the import is undone.
	 */
	public static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n:Entity {id: row.id})
			SET n:$($label), n += row.props, n.version = 1, n.updatedAt = $now, n.updatedBy = $by
			%s
			RETURN count(n) AS created, count(n) AS changed
			""".formatted(EmbeddingQueue.MARK);

	/** Sets a single reference of nodes {@link #CREATE_NODES} just made: they have no tie to replace. */
	private static final String CREATE_REFERENCE = """
			UNWIND $rows AS row
			MATCH (n:Entity {id: row.id})
			MATCH %1$s
			CREATE (n)%2$s(t)
			SET made.source = coalesce(n.source, 'IMPORT')
			""";

	/*
	 * Single references: the node's tie of the type is made to point at row.target alone (null: removed). A new
	 * tie takes the node's own source: a reference is part of the entity's record (its district, its park), so
	 * it is as well founded as the rest of that record. A
	 * tie that already points there stays: deleting and re-creating it would lock the target's relationships
	 * (a district's, shared by every base in it) and make concurrent writers deadlock. A node whose tie changed
	 * and that this write has not yet given a new version ($now) gets one and is queued for embedding (a reference
	 * may be part of its embedded text). Returns how many existing nodes were
	 * relinked and how many got a new version here.
	 */

	/**
	 * The statement of every single reference, filled in by {@link #replaceReference(String, String)} with fixed
	 * fragments only: how the target {@code t} is found, the tie's pattern from {@code n} in its direction (three
	 * times, with the variables {@code old}, {@code kept} and none), and the embedding queue's mark.
	 */
	private static final String REPLACE_REFERENCE = """
			UNWIND $rows AS row
			MATCH (n:Entity {id: row.id})
			OPTIONAL MATCH %1$s
			OPTIONAL MATCH (n)%2$s(previous) WHERE t IS NULL OR previous <> t
			WITH n, t, collect(old) AS stale
			OPTIONAL MATCH (n)%3$s(t)
			WITH n, t, stale, count(kept) AS present
			FOREACH (old IN stale | DELETE old)
			FOREACH (_ IN CASE WHEN t IS NOT NULL AND present = 0 THEN [1] ELSE [] END |
			  MERGE (n)%4$s(t) ON CREATE SET made.source = coalesce(n.source, 'IMPORT'))
			WITH n, size(stale) > 0 OR (t IS NOT NULL AND present = 0) AS changed
			WITH n, changed, coalesce(n.updatedAt = $now, false) AS versionedHere
			WITH n, changed, versionedHere, versionedHere AND n.version = 1 AS createdHere
			FOREACH (_ IN CASE WHEN changed AND NOT versionedHere THEN [1] ELSE [] END |
			  SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $by %5$s)
			RETURN count(CASE WHEN changed AND NOT createdHere THEN 1 END) AS relinked,
			       count(CASE WHEN changed AND NOT versionedHere THEN 1 END) AS versioned
			""";

	private GraphWrites() {
	}

	/**
	 * The statement that replaces a single reference; its rows are {@code id} and {@code target} (a district
	 * code or an entity id; null clears), its parameters {@code now} and {@code by}.
	 */
	public static String replaceReference(Reference reference) {
		String type = reference.relation().name();
		if (reference.incoming()) {
			// held by the other end: the enterprise that POSTED a demand
			return replaceReference("(t:Entity {id: row.target})", "<-", type);
		}
		return replaceReference(reference.toDistrict() ? "(t:District {code: row.target})" : "(t:Entity {id: row.target})",
				"->", type);
	}

	/**
	 * The statement that sets a single reference of nodes created by the same import; its rows are {@code id} and
	 * a non-null {@code target}, as for {@link #replaceReference(Reference)}.
	 */
	public static String createReference(Reference reference) {
		String type = reference.relation().name();
		if (reference.incoming()) {
			return CREATE_REFERENCE.formatted("(t:Entity {id: row.target})", "<-[made:" + type + "]-");
		}
		return CREATE_REFERENCE.formatted(
				reference.toDistrict() ? "(t:District {code: row.target})" : "(t:Entity {id: row.target})",
				"-[made:" + type + "]->");
	}

	/**
	 * Fills in {@link #REPLACE_REFERENCE} for a target found by {@code target} and a tie of {@code type} (a
	 * {@code Relation}'s name) pointing {@code arrow}.
	 */
	private static String replaceReference(String target, String arrow, String type) {
		boolean outgoing = arrow.equals("->");
		String start = outgoing ? "-" : "<-";
		String end = outgoing ? "->" : "-";
		return REPLACE_REFERENCE.formatted(target, start + "[old:" + type + "]" + end, start + "[kept:" + type + "]" + end,
				start + "[made:" + type + "]" + end, EmbeddingQueue.MARK);
	}

}
