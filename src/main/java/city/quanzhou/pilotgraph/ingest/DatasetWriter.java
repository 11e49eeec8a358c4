package city.quanzhou.pilotgraph.ingest;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.IntConsumer;

import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.entity.Relation;
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

	/**
	 * A tie between two entities found by id. With both ends bound, MERGE checks for the tie by Expand(Into), which
	 * looks from the end with fewer relationships: a link with hundreds of enterprises is not scanned for each new
	 * one (profiled in docs/benchmarks.md, "Chunked imports").
	 */
	private static final String TO_ENTITY = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			MERGE (a)-[tie:$($type)]->(b)
			SET tie += coalesce(row.props, {})
			SET tie.source = coalesce(tie.source, $imported)
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
			SET tie.source = coalesce(tie.source, $imported)
			WITH a AS n, existing WHERE existing IS NULL
			%s
			""".formatted(EmbeddingQueue.MARK);

	/**
	 * A tie from a node this import created: it cannot exist yet (a relationship type comes from one file only, where
	 * every pair appears once), so it is created without looking for it, and the node it starts from is queued
	 * already.
	 */
	private static final String FROM_CREATED = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			CREATE (a)-[tie:$($type)]->(b)
			SET tie += coalesce(row.props, {})
			SET tie.source = coalesce(tie.source, $imported)
			""";

	/** Relationship types whose target's name is part of the source's embedded text (see EntityEmbeddings). */
	private static final java.util.Set<Relation> IN_EMBEDDED_TEXT = java.util.EnumSet.of(Relation.COVERS,
			Relation.APPLIES_TO, Relation.ON_LINK, Relation.ACTIVE_IN, Relation.PART_OF);

	/**
	 * What a write did to the entities of node files: created, updated (values or single references changed),
	 * relinked (existing entities whose single references changed) and left alone; and rows written in all.
	 */
	record Summary(long created, long updated, long relinked, long unchanged, long rows) {
	}

	/**
	 * One statement of a write and all the rows it runs on, in the order the steps must run (districts, then
	 * nodes, then the references and ties between them). {@code journal} says what an import records before
	 * it changes anything, so that it can be undone ({@link ImportJournal}).
	 */
	record Step(String file, String name, String cypher, Map<String, Object> parameters, List<Map<String, Object>> rows,
			ImportJournal.Before journal) {
	}

	private final GraphSessions sessions;

	private final String writtenBy;

	DatasetWriter(GraphSessions sessions, String writtenBy) {
		this.sessions = sessions;
		this.writtenBy = writtenBy;
	}

	/**
	 * Writes the dataset batch by batch, each batch its own transaction: for the seed data, whose load is
	 * simply repeated if it was interrupted. Imports are written by {@link ChunkedImportWriter}, which can undo.
	 */
	Summary write(Dataset dataset, IntConsumer progress) {
		Totals totals = new Totals();
		try (Session session = this.sessions.session()) {
			for (Step step : steps(dataset, ZonedDateTime.now())) {
				for (int start = 0; start < step.rows().size(); start += BATCH_SIZE) {
					var parameters = new HashMap<>(step.parameters());
					List<Map<String, Object>> batch = step.rows().subList(start, Math.min(step.rows().size(), start + BATCH_SIZE));
					parameters.put("rows", batch);
					totals.add(session.executeWrite((tx) -> tx.run(step.cypher(), parameters).list()), batch.size());
					progress.accept((int) totals.rows);
				}
			}
		}
		return totals.summary(dataset);
	}

	/** The steps that write the dataset, every one with the same instant {@code now} (see {@link GraphWrites}). */
	List<Step> steps(Dataset dataset, ZonedDateTime now) {
		List<Step> steps = new ArrayList<>();
		List<Map<String, Object>> districts = dataset.districts().stream()
			.map((d) -> Map.<String, Object>of("code", d.code(), "name", d.name()))
			.toList();
		steps.add(new Step(DatasetFormat.DISTRICTS, "districts", DISTRICTS, Map.of(), districts, ImportJournal.Before.DISTRICTS));
		Set<String> created = dataset.newIds();
		for (Dataset.NodeBatch batch : dataset.nodes()) {
			Map<String, Object> parameters = Map.of("label", batch.kind().label(), "now", now, "by", this.writtenBy,
					"always", false);
			Map<Boolean, List<Map<String, Object>>> rows = byCreated(batch.rows(), "id", created);
			steps.add(new Step(batch.file(), "nodes", GraphWrites.CREATE_NODES, parameters, rows.get(true),
					ImportJournal.Before.CREATED));
			steps.add(new Step(batch.file(), "nodes", GraphWrites.NODES, parameters, rows.get(false),
					ImportJournal.Before.NODES));
		}
		for (Dataset.ReferenceBatch batch : dataset.references()) {
			DatasetFormat.Reference reference = batch.reference();
			Map<String, Object> parameters = Map.of("type", reference.relation().name(), "now", now, "by", this.writtenBy);
			Map<Boolean, List<Map<String, Object>>> rows = byCreated(batch.rows(), "id", created);
			// a created node has no reference to clear
			steps.add(new Step(batch.file(), reference.column(), GraphWrites.createReference(reference), parameters,
					rows.get(true).stream().filter((row) -> row.get("target") != null).toList(),
					ImportJournal.Before.NOTHING));
			steps.add(new Step(batch.file(), reference.column(), GraphWrites.replaceReference(reference), parameters,
					rows.get(false),
					reference.incoming() ? ImportJournal.Before.INCOMING_REFERENCE : ImportJournal.Before.REFERENCE));
		}
		for (Dataset.TieBatch batch : dataset.ties()) {
			Map<String, Object> parameters = Map.of("type", batch.relation().name(), "imported", DatasetFormat.IMPORTED);
			Map<Boolean, List<Map<String, Object>>> rows = byCreated(batch.rows(), "from", created);
			steps.add(new Step(batch.file(), "ties " + batch.relation().name(), FROM_CREATED, parameters, rows.get(true),
					ImportJournal.Before.NOTHING));
			steps.add(new Step(batch.file(), "ties " + batch.relation().name(), toEntity(batch.relation()), parameters,
					rows.get(false), ImportJournal.Before.TIES));
		}
		steps.removeIf((step) -> step.rows().isEmpty());
		return steps;
	}

	/** Rows whose {@code key} is the id of a node this write creates (true), and the others (false); in file order. */
	private static Map<Boolean, List<Map<String, Object>>> byCreated(List<Map<String, Object>> rows, String key,
			Set<String> created) {
		return rows.stream().collect(Collectors.partitioningBy((row) -> created.contains((String) row.get(key))));
	}

	private static String toEntity(Relation relation) {
		return IN_EMBEDDED_TEXT.contains(relation) ? TO_ENTITY_IN_TEXT : TO_ENTITY;
	}

	/** What the statements answered, added up over batches or chunks. */
	static final class Totals {

		private long created;

		private long changed;

		private long relinked;

		private long versionedByReferences;

		private long rows;

		void add(List<org.neo4j.driver.Record> records, int rows) {
			for (org.neo4j.driver.Record record : records) {
				if (record.containsKey("created")) {
					this.created += record.get("created").asLong();
					this.changed += record.get("changed").asLong();
				}
				if (record.containsKey("relinked")) {
					this.relinked += record.get("relinked").asLong();
					this.versionedByReferences += record.get("versioned").asLong();
				}
			}
			this.rows += rows;
		}

		long rows() {
			return this.rows;
		}

		Summary summary(Dataset dataset) {
			long nodeRows = dataset.nodes().stream().mapToLong((batch) -> batch.rows().size()).sum();
			long updated = this.changed - this.created + this.versionedByReferences;
			return new Summary(this.created, updated, this.relinked, nodeRows - this.created - updated, this.rows);
		}

	}

}
