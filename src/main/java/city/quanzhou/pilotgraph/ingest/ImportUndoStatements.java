package city.quanzhou.pilotgraph.ingest;

import java.util.List;

/**
 * The statements that undo an import from its journal ({@link ImportJournal}), one per kind of entry. Each takes
 * {@code $importId} and {@code $limit}, applies up to that many entries (one, for the entries that list a whole
 * chunk's created nodes or new ties), deletes them in the same transaction and
 * returns how many it applied, so it is run until it answers 0, and an undo cut short goes on where it stopped.
 * Types and labels come from the entries, which the import wrote from the format's enums.
 */
final class ImportUndoStatements {

	private static final String UNDO_TIES = """
			MATCH (u:ImportUndo {undoImport: $importId, undoKind: 'tie'})
			WITH u LIMIT $limit
			OPTIONAL MATCH (a:Entity {id: u.undoFrom})
			OPTIONAL MATCH (b:Entity {id: u.undoTo})
			OPTIONAL MATCH (a)-[r:$(u.undoType)]->(b)
			CALL (r, u) {
			  WITH r, u WHERE r IS NOT NULL AND NOT u.undoExisted
			  DELETE r
			}
			CALL (r, u) {
			  WITH r, u WHERE r IS NOT NULL AND u.undoExisted
			  SET r = properties(u)
			  REMOVE r.undoImport, r.undoKey, r.undoKind, r.undoFrom, r.undoTo, r.undoType, r.undoExisted
			}
			DELETE u
			RETURN count(*) AS undone
			""";

	/**
	 * A chunk's new ties between older nodes, one entry each: one entry per transaction, the entry holding up to
	 * a chunk's rows.
	 */
	private static final String UNDO_NEW_TIES = """
			MATCH (u:ImportUndo {undoImport: $importId, undoKind: 'ties'})
			WITH u LIMIT 1
			CALL (u) {
			  UNWIND range(0, size(u.undoFrom) - 1) AS i
			  MATCH (a:Entity {id: u.undoFrom[i]})-[r:$(u.undoType)]->(b:Entity {id: u.undoTo[i]})
			  DELETE r
			}
			DELETE u
			RETURN count(*) AS undone
			""";

	/**
	 * A reference whose targets are the old ones again is left alone (deleting and re-creating a district's tie
	 * would lock the district, which every writer in it shares); else it points at the old targets again.
	 */
	private static final String UNDO_REFERENCES = """
			MATCH (u:ImportUndo {undoImport: $importId, undoKind: 'reference'})
			WITH u LIMIT $limit
			OPTIONAL MATCH (n:Entity {id: u.undoNode})
			CALL (n, u) {
			  WITH n, u WHERE n IS NOT NULL
			  OPTIONAL MATCH (n)-[current:$(u.undoType)]->(target)
			  WITH n, u, collect(current) AS ties, collect(elementId(target)) AS targets
			  WHERE NOT (size(targets) = size(u.undoTargets) AND all(held IN targets WHERE held IN u.undoTargets))
			  FOREACH (tie IN ties | DELETE tie)
			  WITH n, u
			  UNWIND u.undoTargets AS old
			  MATCH (target) WHERE elementId(target) = old
			  CREATE (n)-[:$(u.undoType)]->(target)
			}
			DELETE u
			RETURN count(*) AS undone
			""";

	private static final String UNDO_INCOMING = """
			MATCH (u:ImportUndo {undoImport: $importId, undoKind: 'incoming'})
			WITH u LIMIT $limit
			OPTIONAL MATCH (n:Entity {id: u.undoNode})
			CALL (n, u) {
			  WITH n, u WHERE n IS NOT NULL
			  OPTIONAL MATCH (n)<-[current:$(u.undoType)]-(source)
			  WITH n, u, collect(current) AS ties, collect(elementId(source)) AS sources
			  WHERE NOT (size(sources) = size(u.undoTargets) AND all(held IN sources WHERE held IN u.undoTargets))
			  FOREACH (tie IN ties | DELETE tie)
			  WITH n, u
			  UNWIND u.undoTargets AS old
			  MATCH (source) WHERE elementId(source) = old
			  CREATE (n)<-[:$(u.undoType)]-(source)
			}
			DELETE u
			RETURN count(*) AS undone
			""";

	/** Created nodes go (with every tie they have); the others get their properties and labels back. */
	private static final String UNDO_NODES = """
			MATCH (u:ImportUndo {undoImport: $importId, undoKind: 'node'})
			WITH u LIMIT $limit
			OPTIONAL MATCH (n:Entity {id: u.undoNode})
			CALL (n, u) {
			  WITH n, u WHERE n IS NOT NULL AND NOT u.undoExisted
			  DETACH DELETE n
			}
			CALL (n, u) {
			  WITH n, u WHERE n IS NOT NULL AND u.undoExisted
			  SET n = properties(u)
			  REMOVE n.undoImport, n.undoKey, n.undoKind, n.undoNode, n.undoExisted, n.undoLabels
			  REMOVE n:$([label IN labels(n) WHERE NOT label IN u.undoLabels])
			  SET n:$(u.undoLabels)
			}
			DELETE u
			RETURN count(*) AS undone
			""";

	/** A chunk's created nodes, one entry each: deleted with every tie they have, one entry per transaction. */
	private static final String UNDO_CREATED = """
			MATCH (u:ImportUndo {undoImport: $importId, undoKind: 'created'})
			WITH u LIMIT 1
			CALL (u) {
			  UNWIND u.undoNodes AS id
			  MATCH (n:Entity {id: id})
			  DETACH DELETE n
			}
			DELETE u
			RETURN count(*) AS undone
			""";

	private static final String UNDO_DISTRICTS = """
			MATCH (u:ImportUndo {undoImport: $importId, undoKind: 'district'})
			WITH u LIMIT $limit
			OPTIONAL MATCH (d:District {code: u.undoNode})
			CALL (d, u) {
			  WITH d, u WHERE d IS NOT NULL AND NOT u.undoExisted
			  DETACH DELETE d
			}
			CALL (d, u) {
			  WITH d, u WHERE d IS NOT NULL AND u.undoExisted
			  SET d.name = u.name
			}
			DELETE u
			RETURN count(*) AS undone
			""";

	/**
	 * In their order: ties before the nodes at their ends, references (which may point back at an older
	 * node) before the created nodes and districts they name.
	 */
	static final List<String> IN_ORDER = List.of(UNDO_TIES, UNDO_NEW_TIES, UNDO_REFERENCES, UNDO_INCOMING, UNDO_NODES,
			UNDO_CREATED, UNDO_DISTRICTS);

	private ImportUndoStatements() {
	}

}
