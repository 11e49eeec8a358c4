package city.quanzhou.pilotgraph.ingest;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.search.EmbeddingQueue;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Writes a validated {@link Dataset} in batches. Entities and their single references are written with
 * the editor's statements ({@link GraphWrites}): a changed reference replaces the old tie, a cleared value is
 * removed. Every statement merges on ids, so writing the same dataset twice leaves the graph as it was;
 * labels and relationship types are parameters taken from the dataset format's enums.
 */
final class DatasetWriter {

	static final int BATCH_SIZE = 1000;

	private static final String DISTRICTS = """
			UNWIND $rows AS row
			MERGE (d:District {code: row.code})
			SET d.name = row.name
			""";

	private static final String TO_ENTITY = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			MERGE (a)-[tie:$($type)]->(b)
			SET tie += coalesce(row.props, {})
			""";

	/**
	 * A tie whose target's name is part of the source's embedded text (a base's covered link, a link's chain):
	 * a new one queues the source for embedding.
	 */
	private static final String TO_ENTITY_IN_TEXT = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			OPTIONAL MATCH (a)-[existing:$($type)]->(b)
			MERGE (a)-[tie:$($type)]->(b)
			SET tie += coalesce(row.props, {})
			WITH a AS n, existing WHERE existing IS NULL
			%s
			""".formatted(EmbeddingQueue.MARK);

	/** Relationship types whose target's name is part of the source's embedded text (see EntityEmbeddings). */
	private static final java.util.Set<Relation> IN_EMBEDDED_TEXT = java.util.EnumSet.of(Relation.COVERS,
			Relation.APPLIES_TO, Relation.ON_LINK, Relation.ACTIVE_IN, Relation.PART_OF);

	/**
	 * What a write did to the entities of node files: created, updated (values or single references changed),
	 * relinked (existing entities whose single references changed) and left alone; and rows written in all.
	 */
	record Summary(long created, long updated, long relinked, long unchanged, long rows) {
	}

	private final GraphSessions sessions;

	private final String writtenBy;

	DatasetWriter(GraphSessions sessions, String writtenBy) {
		this.sessions = sessions;
		this.writtenBy = writtenBy;
	}

	/**
	 * Writes the dataset batch by batch, each batch its own transaction: for the seed data, whose load is
	 * simply repeated if it was interrupted.
	 */
	Summary write(Dataset dataset, IntConsumer progress) {
		try (Session session = this.sessions.session()) {
			return write(dataset, progress, (cypher, parameters) -> session.executeWrite((tx) -> tx.run(cypher, parameters).list()));
		}
	}

	/**
	 * Writes the whole dataset in one transaction, so that it is written entirely or not at all: for imports.
	 * The change is appended to the change log last, in the same transaction: announced exactly when committed.
	 */
	Summary writeAtomically(Dataset dataset, IntConsumer progress, java.time.Duration timeout, Change change) {
		try (Session session = this.sessions.session()) {
			return session.executeWrite((tx) -> {
				Summary summary = write(dataset, progress, (cypher, parameters) -> tx.run(cypher, parameters).list());
				ChangeLog.append(tx, change, this.writtenBy);
				return summary;
			}, org.neo4j.driver.TransactionConfig.builder().withTimeout(timeout).build());
		}
	}

	private Summary write(Dataset dataset, IntConsumer progress, Runner runner) {
		ZonedDateTime now = ZonedDateTime.now();
		Totals totals = new Totals();
		List<Map<String, Object>> districts = dataset.districts().stream()
			.map((d) -> Map.<String, Object>of("code", d.code(), "name", d.name()))
			.toList();
		run(runner, DISTRICTS, districts, Map.of(), totals, progress);
		long nodeRows = 0;
		for (Dataset.NodeBatch batch : dataset.nodes()) {
			nodeRows += batch.rows().size();
			run(runner, GraphWrites.NODES, batch.rows(),
					Map.of("label", batch.kind().label(), "now", now, "by", this.writtenBy, "always", false), totals, progress);
		}
		for (Dataset.ReferenceBatch batch : dataset.references()) {
			run(runner, GraphWrites.replaceReference(batch.reference()), batch.rows(),
					Map.of("type", batch.reference().relation().name(), "now", now, "by", this.writtenBy), totals, progress);
		}
		for (Dataset.TieBatch batch : dataset.ties()) {
			run(runner, toEntity(batch.relation()), batch.rows(), Map.of("type", batch.relation().name()), totals, progress);
		}
		long updated = totals.changed - totals.created + totals.versionedByReferences;
		return new Summary(totals.created, updated, totals.relinked, nodeRows - totals.created - updated, totals.rows);
	}

	private static String toEntity(Relation relation) {
		return IN_EMBEDDED_TEXT.contains(relation) ? TO_ENTITY_IN_TEXT : TO_ENTITY;
	}

	/** Runs the statement batch by batch, adding to the totals and telling progress after each batch. */
	private static void run(Runner runner, String cypher, List<Map<String, Object>> rows, Map<String, Object> fixed,
			Totals totals, IntConsumer progress) {
		for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE));
			var parameters = new java.util.HashMap<>(fixed);
			parameters.put("rows", batch);
			for (org.neo4j.driver.Record record : runner.run(cypher, parameters)) {
				if (record.containsKey("created")) {
					totals.created += record.get("created").asLong();
					totals.changed += record.get("changed").asLong();
				}
				if (record.containsKey("relinked")) {
					totals.relinked += record.get("relinked").asLong();
					totals.versionedByReferences += record.get("versioned").asLong();
				}
			}
			totals.rows += batch.size();
			progress.accept((int) totals.rows);
		}
	}

	private static final class Totals {

		long created;

		long changed;

		long relinked;

		long versionedByReferences;

		long rows;

	}

	private interface Runner {

		List<org.neo4j.driver.Record> run(String cypher, Map<String, Object> parameters);

	}

}
