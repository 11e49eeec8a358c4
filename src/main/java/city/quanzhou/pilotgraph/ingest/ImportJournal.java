package city.quanzhou.pilotgraph.ingest;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * The record that makes a chunked import all-or-nothing. An import is an {@code :ImportRun} node (state
 * {@code WRITING}, then {@code DONE}); before a chunk changes anything, the same transaction writes an
 * {@code :ImportUndo} entry for each thing the chunk is about to touch for the first time in this import, holding
 * what it was: a node's properties and labels (or that it did not exist), a single reference's old targets, a
 * tie's properties (or that it did not exist). A chunk and its entries commit or roll back together, so the
 * journal always covers exactly what the committed chunks changed.
 * <p>
 * Marking the run {@code DONE} is the one small transaction that makes the import final; until then the import
 * can be undone: entry by entry, ties first, then references, then nodes, then districts, each step in chunks
 * that delete the entries they have applied, so an undo interrupted in turn simply goes on where it stopped.
 * Undone, every touched node has its old properties and labels back (its version, its embedding and its place in
 * the embedding queue included), every created node and tie is gone and every old tie is back.
 * <p>
 * Bookkeeping keys on entries begin with {@code undo}; everything else on a node or tie entry is the copied
 * state. No entity property begins with {@code undo} (the format's columns and the writers' own keys are listed
 * in seed-data/FORMAT.md and GraphWrites).
 */
@Component
final class ImportJournal {

	private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

	/** What is recorded before a step's chunk runs; each takes {@code $rows}, {@code $importId} and the step's parameters. */
	enum Before {

		DISTRICTS("""
				UNWIND $rows AS row
				OPTIONAL MATCH (d:District {code: row.code})
				CREATE (:ImportUndo {undoImport: $importId, undoKey: 'district:' + row.code, undoKind: 'district',
				                     undoNode: row.code, undoExisted: d IS NOT NULL, name: d.name})
				"""),

		/**
		 * A node's state the first time this import touches it (MERGE: the node may appear again in a later chunk).
		 * Nodes that do not exist yet are only listed, in one entry per chunk: undone, they are deleted with their
		 * ties, so nothing of them needs keeping, and one entry instead of thousands keeps the journal off the
		 * chunk's time.
		 */
		NODES("""
				UNWIND $rows AS row
				OPTIONAL MATCH (n:Entity {id: row.id})
				CALL (row, n) {
				  WITH row, n WHERE n IS NOT NULL
				  MERGE (u:ImportUndo {undoImport: $importId, undoKey: 'node:' + row.id})
				  ON CREATE SET u += properties(n), u.undoKind = 'node', u.undoNode = row.id, u.undoExisted = true,
				                u.undoLabels = labels(n)
				}
				WITH collect(CASE WHEN n IS NULL THEN row.id END) AS created
				WHERE size(created) > 0
				CREATE (:ImportUndo {undoImport: $importId, undoKey: 'created:' + randomUUID(), undoKind: 'created',
				                     undoNodes: created})
				"""),

		/**
		 * The targets a single reference had, read from the node's side (its one outgoing tie of the type): the
		 * target may be a district or link with thousands of ties, which are never scanned. Targets are kept by
		 * element id: they existed before the import, and an import deletes no node, so the ids hold until an undo.
		 * A node this import created ({@link #createdHere}) needs no entry: undone, it goes with its ties.
		 */
		REFERENCE("""
				UNWIND $rows AS row
				MATCH (n:Entity {id: row.id}) WHERE NOT %1$s
				OPTIONAL MATCH (n)-[:$($type)]->(t)
				WITH row, collect(elementId(t)) AS targets
				CREATE (:ImportUndo {undoImport: $importId, undoKey: 'reference:' + $type + ':' + row.id,
				                     undoKind: 'reference', undoNode: row.id, undoType: $type, undoTargets: targets})
				""".formatted(createdHere("n"))),

		/**
		 * Nodes the validation found nowhere in the graph, created by {@link GraphWrites#CREATE_NODES}: one entry
		 * listing them, without looking them up (a node made meanwhile by another writer fails the chunk instead).
		 */
		CREATED("""
				CREATE (:ImportUndo {undoImport: $importId, undoKey: 'created:' + randomUUID(), undoKind: 'created',
				                     undoNodes: [row IN $rows | row.id]})
				"""),

		/**
		 * Nothing: references and ties of nodes this import created go with those nodes when it is undone.
		 */
		NOTHING(null),

		/** The same for a reference held by the other end (the enterprise that POSTED a demand). */
		INCOMING_REFERENCE("""
				UNWIND $rows AS row
				MATCH (n:Entity {id: row.id}) WHERE NOT %1$s
				OPTIONAL MATCH (n)<-[:$($type)]-(t)
				WITH row, collect(elementId(t)) AS targets
				CREATE (:ImportUndo {undoImport: $importId, undoKey: 'reference:' + $type + ':' + row.id,
				                     undoKind: 'incoming', undoNode: row.id, undoType: $type, undoTargets: targets})
				""".formatted(createdHere("n"))),

		/**
		 * A tie's state, and the state of its source (a tie whose target's name is in the source's embedded text
		 * queues the source for embedding). A tie from or to a node this import created goes with that node, so
		 * only ties between two older nodes are recorded: an existing one with its properties, a new one in the
		 * chunk's one list of new ties. With both ends bound, the planner checks for the tie by Expand(Into),
		 * which starts from the end with fewer relationships: a link with thousands of enterprises is not scanned.
		 */
		TIES("""
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from}) WHERE NOT %1$s
				MATCH (b:Entity {id: row.to})
				WITH row, a, b, %2$s AS bCreated
				OPTIONAL MATCH (a)-[r:$($type)]->(b)
				CALL (row, r) {
				  WITH row, r WHERE r IS NOT NULL
				  CREATE (t:ImportUndo {undoImport: $importId, undoKey: 'tie:' + $type + ':' + row.from + '>' + row.to,
				                        undoKind: 'tie', undoFrom: row.from, undoTo: row.to, undoType: $type,
				                        undoExisted: true})
				  SET t += properties(r)
				}
				WITH a, collect(CASE WHEN r IS NULL AND NOT bCreated THEN row END) AS added
				CALL (a) {
				  MERGE (u:ImportUndo {undoImport: $importId, undoKey: 'node:' + a.id})
				  ON CREATE SET u += properties(a), u.undoKind = 'node', u.undoNode = a.id, u.undoExisted = true,
				                u.undoLabels = labels(a)
				}
				UNWIND added AS row
				WITH collect(row.from) AS froms, collect(row.to) AS tos
				WHERE size(froms) > 0
				CREATE (:ImportUndo {undoImport: $importId, undoKey: 'ties:' + randomUUID(), undoKind: 'ties',
				                     undoType: $type, undoFrom: froms, undoTo: tos})
				""".formatted(createdHere("a"), createdHere("b")));

		private final String cypher;

		Before(String cypher) {
			this.cypher = cypher;
		}

		/**
		 * Whether {@code node} was created by this import: the node step gives a node it creates version 1 and
		 * the import's one instant {@code $now} (GraphWrites); a node that existed has a higher version or another
		 * instant.
		 */
		private static String createdHere(String node) {
			return "coalesce(%1$s.version = 1 AND %1$s.updatedAt = $now, false)".formatted(node);
		}

	}

	/** The keys of a step's rows that the {@link Before} statements read. */
	private static final List<String> ROW_KEYS = List.of("id", "code", "from", "to");

	private static final String BEGIN = """
			CREATE (run:ImportRun {id: randomUUID(), state: 'WRITING', by: $by, startedAt: $now, heartbeat: datetime(),
			                       rows: $rows, chunks: $chunks, chunksWritten: 0})
			RETURN run.id AS id
			""";

	/** Written with every chunk: how far the import got, and that its writer is alive (see {@link #unfinished}). */
	private static final String HEARTBEAT = """
			MATCH (run:ImportRun {id: $importId})
			SET run.heartbeat = datetime(), run.chunksWritten = $chunksWritten
			""";

	/** The point of no return: from here on the import is complete, whatever happens to the process. */
	private static final String FINISH = """
			MATCH (run:ImportRun {id: $importId}) WHERE run.state = 'WRITING'
			SET run.state = 'DONE', run.finishedAt = datetime()
			RETURN count(run) AS finished
			""";

	private static final String UNDOING = """
			MATCH (run:ImportRun {id: $importId}) WHERE run.state = 'WRITING'
			SET run.state = 'UNDOING'
			""";

	/**
	 * Runs an import's writer left unfinished, with their state. {@code $staleBefore}: only runs whose writer has
	 * not written a chunk since (null: all; in embedded mode no other process can be writing).
	 */
	private static final String UNFINISHED = """
			MATCH (run:ImportRun)
			WHERE $staleBefore IS NULL OR run.state = 'DONE' OR run.heartbeat < $staleBefore
			RETURN run.id AS id, run.state AS state, run.by AS by, run.chunksWritten AS chunksWritten
			ORDER BY run.startedAt
			""";

	/** After {@link #FINISH}: the entries are no longer needed. */
	private static final String FORGET = """
			MATCH (u:ImportUndo {undoImport: $importId})
			WITH u LIMIT $limit
			DELETE u
			RETURN count(*) AS undone
			""";

	private static final String END = """
			MATCH (run:ImportRun {id: $importId})
			DELETE run
			""";


	/** A run left unfinished: {@code state} WRITING or UNDOING (to be undone) or DONE (entries to forget). */
	record Run(String id, String state, String by, long chunksWritten) {
	}

	private final GraphSessions sessions;

	private final int chunkSize;

	private final TransactionConfig perChunk;

	ImportJournal(GraphSessions sessions, ImportProperties settings) {
		this.sessions = sessions;
		this.chunkSize = settings.chunkSize();
		this.perChunk = TransactionConfig.builder().withTimeout(settings.chunkTimeLimit()).build();
	}

	TransactionConfig perChunk() {
		return this.perChunk;
	}

	/** Starts the record of an import and returns its id. */
	String begin(String by, ZonedDateTime now, long rows, int chunks) {
		try (Session session = this.sessions.session()) {
			return session.executeWrite((tx) -> tx.run(BEGIN, Map.of("by", by, "now", now, "rows", rows, "chunks", chunks))
				.single()
				.get("id")
				.asString(), this.perChunk);
		}
	}

	/** Records, in the chunk's own transaction, what the chunk is about to change. */
	void recordBefore(TransactionContext tx, String importId, ZonedDateTime now, DatasetWriter.Step step,
			List<Map<String, Object>> rows) {
		if (step.journal().cypher == null) {
			return;
		}
		Map<String, Object> parameters = new HashMap<>(step.parameters());
		parameters.put("rows", keysOnly(rows));
		parameters.put("importId", importId);
		parameters.put("now", now);
		tx.run(ChunkedImportWriter.KEEP_PLAN + step.journal().cypher, parameters).consume();
	}

	/**
	 * The rows as the journal reads them: only the keys that find what a row touches. A node row's properties
	 * (descriptions included) would otherwise cross Bolt twice per chunk, once for the journal and once for the
	 * write; packing and unpacking Bolt messages took a sixth of an import's CPU (docs/benchmarks.md, "Size L").
	 */
	private static List<Map<String, Object>> keysOnly(List<Map<String, Object>> rows) {
		List<Map<String, Object>> keys = new java.util.ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			Map<String, Object> key = new HashMap<>(4);
			for (String name : ROW_KEYS) {
				if (row.containsKey(name)) {
					key.put(name, row.get(name));
				}
			}
			keys.add(key);
		}
		return keys;
	}

	void heartbeat(TransactionContext tx, String importId, int chunksWritten) {
		tx.run(ChunkedImportWriter.KEEP_PLAN + HEARTBEAT, Map.of("importId", importId, "chunksWritten", chunksWritten)).consume();
	}

	/**
	 * Makes the import final: one small transaction, however large the import, which also appends the import's
	 * change to the change log (announced on every instance once this commits, never for an undone import).
	 */
	void finish(String importId, Change change, String actor) {
		try (Session session = this.sessions.session()) {
			long finished = session.executeWrite((tx) -> {
				long done = tx.run(FINISH, Map.of("importId", importId)).single().get("finished").asLong();
				if (done == 1) {
					ChangeLog.append(tx, change, actor);
				}
				return done;
			}, this.perChunk);
			if (finished != 1) {
				throw new IllegalStateException("Import " + importId + " was no longer being written (undone by a recovery?)");
			}
		}
	}

	/** Puts back what the import's committed chunks changed, and ends its record. */
	void undo(String importId) {
		long started = System.nanoTime();
		long undone = 0;
		try (Session session = this.sessions.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(UNDOING, Map.of("importId", importId)).consume(), this.perChunk);
			for (String step : ImportUndoStatements.IN_ORDER) {
				undone += inChunks(session, step, importId);
			}
			session.executeWriteWithoutResult((tx) -> tx.run(END, Map.of("importId", importId)).consume(), this.perChunk);
		}
		log.info("Import {} undone: {} journal entries applied in {} ms", importId, undone, (System.nanoTime() - started) / 1_000_000);
	}

	/** Deletes a finished import's entries and its record. */
	void forget(String importId) {
		try (Session session = this.sessions.session()) {
			inChunks(session, FORGET, importId);
			session.executeWriteWithoutResult((tx) -> tx.run(END, Map.of("importId", importId)).consume(), this.perChunk);
		}
	}

	/**
	 * Imports whose writer stopped before the end. {@code staleAfter}: how long a writer may go without writing
	 * a chunk before its import counts as abandoned (null: every unfinished import is abandoned).
	 */
	List<Run> unfinished(Duration staleAfter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("staleBefore", staleAfter == null ? null : ZonedDateTime.now().minus(staleAfter));
		try (Session session = this.sessions.session()) {
			return session.executeRead((tx) -> tx.run(UNFINISHED, parameters)
				.list((row) -> new Run(row.get("id").asString(), row.get("state").asString(), row.get("by").asString(""),
						row.get("chunksWritten").asLong(0))), this.perChunk);
		}
	}

	private long inChunks(Session session, String cypher, String importId) {
		Map<String, Object> parameters = Map.of("importId", importId, "limit", this.chunkSize);
		long total = 0;
		long done;
		do {
			done = session.executeWrite((tx) -> tx.run(cypher, parameters).single().get("undone").asLong(), this.perChunk);
			total += done;
		}
		while (done > 0);
		return total;
	}

}
