package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps every entity's {@code embedding} in step with its text. Entities written without one (seed data,
 * imports) are embedded here in batches; the text embedded is the one {@link #TEXT} builds in Cypher.
 */
@Component
public class EntityEmbeddings {

	private static final Logger log = LoggerFactory.getLogger(EntityEmbeddings.class);

	static final int BATCH_SIZE = 64;

	/** What an entity means, in words: its name, its aliases and its description. */
	static final String TEXT = """
			n.name + coalesce('（' + reduce(joined = '', alias IN coalesce(n.aliases, []) |
			    joined + CASE joined WHEN '' THEN '' ELSE '，' END + alias) + '）', '')
			  + coalesce('：' + n.description, '')""";

	private final Driver driver;

	private final EmbeddingService embeddings;

	EntityEmbeddings(Driver driver, EmbeddingService embeddings) {
		this.driver = driver;
		this.embeddings = embeddings;
	}

	/** Embeds every entity that has no embedding yet; returns how many it embedded. */
	public int embedMissing() {
		long started = System.nanoTime();
		int total = 0;
		try (Session session = this.driver.session()) {
			while (true) {
				List<Map<String, Object>> batch = session.executeRead((tx) -> tx.run("""
						MATCH (n:Entity) WHERE n.embedding IS NULL
						RETURN n.id AS id, %s AS text
						LIMIT $limit
						""".formatted(TEXT), Map.of("limit", BATCH_SIZE)).list((row) -> Map.<String, Object>of(
								"id", row.get("id").asString(), "text", row.get("text").asString())));
				if (batch.isEmpty()) {
					break;
				}
				List<float[]> vectors = this.embeddings.embedAll(batch.stream().map((row) -> (String) row.get("text")).toList());
				List<Map<String, Object>> rows = new ArrayList<>(batch.size());
				for (int i = 0; i < batch.size(); i++) {
					rows.add(Map.of("id", batch.get(i).get("id"), "vector", vectors.get(i)));
				}
				session.executeWriteWithoutResult((tx) -> tx.run("""
						UNWIND $rows AS row
						MATCH (n:Entity {id: row.id})
						CALL db.create.setNodeVectorProperty(n, 'embedding', row.vector)
						""", Map.of("rows", rows)).consume());
				total += batch.size();
				if (total % 512 == 0) {
					log.info("Embedded {} entities so far", total);
				}
			}
		}
		if (total > 0) {
			long millis = (System.nanoTime() - started) / 1_000_000;
			log.info("Embedded {} entities in {} ms ({} per second)", total, millis, total * 1000L / Math.max(1, millis));
		}
		return total;
	}

}
