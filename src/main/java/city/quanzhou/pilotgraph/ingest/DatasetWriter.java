package city.quanzhou.pilotgraph.ingest;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.search.EmbeddingQueue;

/**
 * Writes a validated {@link Dataset} in batches. Every statement merges on ids, so writing the same
 * dataset twice leaves the graph as it was; labels and relationship types are parameters taken from
 * the dataset format's enums.
 */
final class DatasetWriter {

	static final int BATCH_SIZE = 1000;

	private static final String DISTRICTS = """
			UNWIND $rows AS row
			MERGE (d:District {code: row.code})
			SET d.name = row.name
			""";

	/**
	 * Rows whose values all equal what the graph holds are left alone (re-importing a file changes nothing
	 * and queues nothing); the others get a new version and join the embedding queue in the same transaction
	 * (their old vector serves until the background job replaces it).
	 */
	private static final String NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			ON CREATE SET n.version = 0
			WITH n, row
			WHERE n.version = 0 OR any(key IN keys(row.props) WHERE n[key] IS NULL OR n[key] <> row.props[key])
			SET n:$($label), n += row.props, n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $by
			%s
			RETURN count(CASE WHEN n.version = 1 THEN 1 END) AS created, count(n) AS changed
			""".formatted(EmbeddingQueue.MARK);

	private static final String TO_DISTRICT = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (d:District {code: row.to})
			MERGE (a)-[:$($type)]->(d)
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

	/** What a write changed: nodes created, nodes whose values changed, rows written in all. */
	record Summary(long created, long updated, long rows) {
	}

	private final Driver driver;

	private final String writtenBy;

	DatasetWriter(Driver driver, String writtenBy) {
		this.driver = driver;
		this.writtenBy = writtenBy;
	}

	/**
	 * Writes the dataset batch by batch, each batch its own transaction: for the seed data, whose load is
	 * simply repeated if it was interrupted.
	 */
	Summary write(Dataset dataset, IntConsumer progress) {
		try (Session session = this.driver.session()) {
			return write(dataset, progress, (cypher, parameters) -> session.executeWrite((tx) -> tx.run(cypher, parameters).list()));
		}
	}

	/**
	 * Writes the whole dataset in one transaction, so that it is written entirely or not at all: for imports.
	 */
	Summary writeAtomically(Dataset dataset, IntConsumer progress, java.time.Duration timeout) {
		try (Session session = this.driver.session()) {
			return session.executeWrite((tx) -> write(dataset, progress, (cypher, parameters) -> tx.run(cypher, parameters).list()),
					org.neo4j.driver.TransactionConfig.builder().withTimeout(timeout).build());
		}
	}

	private Summary write(Dataset dataset, IntConsumer progress, Runner runner) {
		ZonedDateTime now = ZonedDateTime.now();
		long[] totals = new long[3];
		List<Map<String, Object>> districts = dataset.districts().stream()
			.map((d) -> Map.<String, Object>of("code", d.code(), "name", d.name()))
			.toList();
		run(runner, DISTRICTS, districts, Map.of(), totals, progress);
		for (Dataset.NodeBatch batch : dataset.nodes()) {
			run(runner, NODES, batch.rows(), Map.of("label", batch.kind().label(), "now", now, "by", this.writtenBy), totals,
					progress);
		}
		for (Dataset.ReferenceBatch batch : dataset.references()) {
			run(runner, batch.toDistrict() ? TO_DISTRICT : toEntity(batch.relation()), batch.rows(),
					Map.of("type", batch.relation().name()), totals, progress);
		}
		for (Dataset.TieBatch batch : dataset.ties()) {
			run(runner, toEntity(batch.relation()), batch.rows(), Map.of("type", batch.relation().name()), totals, progress);
		}
		return new Summary(totals[0], totals[1] - totals[0], totals[2]);
	}

	private static String toEntity(Relation relation) {
		return IN_EMBEDDED_TEXT.contains(relation) ? TO_ENTITY_IN_TEXT : TO_ENTITY;
	}

	/** Runs the statement batch by batch, adding to the totals and telling progress after each batch. */
	private static void run(Runner runner, String cypher, List<Map<String, Object>> rows, Map<String, Object> fixed,
			long[] totals, IntConsumer progress) {
		for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE));
			var parameters = new java.util.HashMap<>(fixed);
			parameters.put("rows", batch);
			for (org.neo4j.driver.Record record : runner.run(cypher, parameters)) {
				if (record.containsKey("created")) {
					totals[0] += record.get("created").asLong();
					totals[1] += record.get("changed").asLong();
				}
			}
			totals[2] += batch.size();
			progress.accept((int) totals[2]);
		}
	}

	private interface Runner {

		List<org.neo4j.driver.Record> run(String cypher, Map<String, Object> parameters);

	}

}
