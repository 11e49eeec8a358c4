package city.quanzhou.pilotgraph.ingest;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

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

	private static final String NODES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			ON CREATE SET n.version = 1, n.updatedAt = $now, n.updatedBy = $by
			SET n:$($label), n += row.props
			""";

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

	private final Driver driver;

	private final String writtenBy;

	DatasetWriter(Driver driver, String writtenBy) {
		this.driver = driver;
		this.writtenBy = writtenBy;
	}

	/** @param progress told the number of rows written so far after every batch */
	void write(Dataset dataset, IntConsumer progress) {
		ZonedDateTime now = ZonedDateTime.now();
		int[] written = { 0 };
		try (Session session = this.driver.session()) {
			List<Map<String, Object>> districts = dataset.districts().stream()
				.map((d) -> Map.<String, Object>of("code", d.code(), "name", d.name()))
				.toList();
			written[0] += run(session, DISTRICTS, districts, Map.of());
			for (Dataset.NodeBatch batch : dataset.nodes()) {
				written[0] += run(session, NODES, batch.rows(),
						Map.of("label", batch.kind().label(), "now", now, "by", this.writtenBy));
				progress.accept(written[0]);
			}
			for (Dataset.ReferenceBatch batch : dataset.references()) {
				written[0] += run(session, batch.toDistrict() ? TO_DISTRICT : TO_ENTITY, batch.rows(),
						Map.of("type", batch.relation().name()));
				progress.accept(written[0]);
			}
			for (Dataset.TieBatch batch : dataset.ties()) {
				written[0] += run(session, TO_ENTITY, batch.rows(), Map.of("type", batch.relation().name()));
				progress.accept(written[0]);
			}
		}
	}

	private static int run(Session session, String cypher, List<Map<String, Object>> rows, Map<String, Object> fixed) {
		for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE));
			var parameters = new java.util.HashMap<>(fixed);
			parameters.put("rows", batch);
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, parameters).consume());
		}
		return rows.size();
	}

}
