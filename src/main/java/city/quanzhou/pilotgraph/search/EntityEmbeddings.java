package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
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

	private final Neo4jClient neo4j;

	EntityEmbeddings(Driver driver, EmbeddingService embeddings, Neo4jClient neo4j) {
		this.driver = driver;
		this.embeddings = embeddings;
		this.neo4j = neo4j;
	}

	/**
	 * Embeds the given entities inside the caller's Spring-managed write transaction, so that an entity and
	 * its embedding are committed (or rolled back) together and it is searchable once the write returns.
	 */
	public void embedInCurrentTransaction(java.util.Collection<String> ids) {
		List<Map<String, Object>> texts = List.copyOf(this.neo4j.query("""
				MATCH (n:Entity) WHERE n.id IN $ids
				RETURN n.id AS id, %s AS text
				""".formatted(TEXT)).bind(List.copyOf(ids)).to("ids").fetch().all());
		if (texts.isEmpty()) {
			return;
		}
		List<float[]> vectors = this.embeddings.embedAll(texts.stream().map((row) -> (String) row.get("text")).toList());
		List<Map<String, Object>> rows = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			rows.add(Map.of("id", texts.get(i).get("id"), "vector", vectors.get(i)));
		}
		this.neo4j.query("""
				UNWIND $rows AS row
				MATCH (n:Entity {id: row.id})
				CALL db.create.setNodeVectorProperty(n, 'embedding', row.vector)
				""").bind(rows).to("rows").run();
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
