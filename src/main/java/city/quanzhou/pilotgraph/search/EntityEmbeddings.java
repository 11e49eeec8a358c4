package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every entity's {@code embedding} in step with its text. Entities written without one (seed data,
 * imports) are embedded by {@link #embedMissing()} in batches; code that writes entities calls
 * {@link #embed(Collection)} right after its write so the entity is searchable at once; {@link #reembedAll}
 * recomputes everything after a model or text change.
 */
@Component
public class EntityEmbeddings {

	private static final Logger log = LoggerFactory.getLogger(EntityEmbeddings.class);

	static final int BATCH_SIZE = 64;

	/**
	 * What the embedded text is made of. The kind-specific context (services, covered or applied links
	 * and their chain, maturity) is read in the same statement; at most 12 links keep the text short.
	 */
	private static final String TEXT_PARTS = """
			CALL (n) {
			  OPTIONAL MATCH (n)-[:COVERS|APPLIES_TO|ON_LINK|ACTIVE_IN]->(l:ChainLink)
			  OPTIONAL MATCH (l)-[:PART_OF]->(c:IndustryChain)
			  WITH l, c ORDER BY l.name LIMIT 12
			  RETURN collect(DISTINCT l.name) AS links, collect(DISTINCT c.name) AS chains
			}
			OPTIONAL CALL (n) {
			  MATCH (n:ChainLink)-[:PART_OF]->(own:IndustryChain)
			  RETURN own.name AS ownChain LIMIT 1
			}
			RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.name AS name,
			       coalesce(n.aliases, []) AS aliases, n.description AS description,
			       coalesce(n.services, []) AS services, n.maturity AS maturity, links, chains, ownChain
			""";

	private static final String MISSING = """
			MATCH (n:Entity) WHERE n.embedding IS NULL
			WITH n ORDER BY n.id LIMIT $limit
			""" + TEXT_PARTS;

	private static final String BY_ID = """
			UNWIND $ids AS wanted
			MATCH (n:Entity {id: wanted})
			""" + TEXT_PARTS;

	/** Keyset paging over all entities, for re-embedding everything without holding ids in memory. */
	private static final String AFTER_ID = """
			MATCH (n:Entity) WHERE n.id > $after
			WITH n ORDER BY n.id LIMIT $limit
			""" + TEXT_PARTS;

	private static final String STORE = """
			UNWIND $rows AS row
			MATCH (n:Entity {id: row.id})
			CALL db.create.setNodeVectorProperty(n, 'embedding', row.vector)
			""";

	private final Driver driver;

	private final EmbeddingService embeddings;

	private final Neo4jClient neo4j;

	private final boolean enriched;

	EntityEmbeddings(Driver driver, EmbeddingService embeddings, Neo4jClient neo4j, SearchProperties properties) {
		this.driver = driver;
		this.embeddings = embeddings;
		this.neo4j = neo4j;
		this.enriched = properties.enrichedText();
	}

	/**
	 * Embeds the given entities inside the caller's Spring-managed write transaction, so that an entity and
	 * its embedding are committed (or rolled back) together and it is searchable once the write returns.
	 * Unknown ids are skipped.
	 */
	public void embedInCurrentTransaction(Collection<String> ids) {
		List<EntityText> texts = List.copyOf(this.neo4j.query(BY_ID)
			.bind(ids.stream().distinct().toList()).to("ids")
			.fetchAs(EntityText.class)
			.mappedBy((types, row) -> text(row))
			.all());
		if (texts.isEmpty()) {
			return;
		}
		this.neo4j.query(STORE).bind(vectorRows(texts)).to("rows").run();
	}

	/** Embeds every entity that has no embedding yet; returns how many it embedded. */
	public int embedMissing() {
		long started = System.nanoTime();
		int total = 0;
		try (Session session = this.driver.session()) {
			while (true) {
				List<EntityText> batch = session.executeRead((tx) -> tx.run(MISSING, Map.of("limit", BATCH_SIZE))
					.list(this::text));
				if (batch.isEmpty()) {
					break;
				}
				store(session, batch);
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

	/**
	 * Embeds (or re-embeds) the given entities now, in batches; unknown ids are skipped. Writers call this
	 * right after committing an entity, or after changing what its text is made of (its links, services),
	 * so that search finds it at once. Returns how many entities it embedded.
	 */
	public int embed(Collection<String> ids) {
		List<String> unique = ids.stream().distinct().toList();
		int total = 0;
		try (Session session = this.driver.session()) {
			for (int from = 0; from < unique.size(); from += BATCH_SIZE) {
				List<String> slice = unique.subList(from, Math.min(unique.size(), from + BATCH_SIZE));
				List<EntityText> batch = session.executeRead((tx) -> tx.run(BY_ID, Map.of("ids", slice)).list(this::text));
				store(session, batch);
				total += batch.size();
			}
		}
		return total;
	}

	/**
	 * Recomputes every embedding in batches, in id order, overwriting the old vectors (the old ones keep
	 * serving search until replaced). {@code progress} receives the running count after each batch.
	 */
	public int reembedAll(IntConsumer progress) {
		int total = 0;
		String after = "";
		try (Session session = this.driver.session()) {
			while (true) {
				String from = after;
				List<EntityText> batch = session.executeRead((tx) -> tx
					.run(AFTER_ID, Map.of("after", from, "limit", BATCH_SIZE))
					.list(this::text));
				if (batch.isEmpty()) {
					break;
				}
				store(session, batch);
				total += batch.size();
				after = batch.getLast().id();
				progress.accept(total);
			}
		}
		return total;
	}

	/**
	 * The text of every entity as it would be embedded now, in id order; for comparing models offline
	 * (the evaluation) without touching the stored vectors.
	 */
	List<EntityText> allTexts(boolean enrichedText) {
		List<EntityText> texts = new ArrayList<>();
		String after = "";
		try (Session session = this.driver.session()) {
			while (true) {
				String from = after;
				List<EntityText> batch = session.executeRead((tx) -> tx
					.run(AFTER_ID, Map.of("after", from, "limit", 500))
					.list((row) -> text(row, enrichedText)));
				if (batch.isEmpty()) {
					return texts;
				}
				texts.addAll(batch);
				after = batch.getLast().id();
			}
		}
	}

	/** How many entities there are, for progress reports. */
	public int count() {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("MATCH (n:Entity) RETURN count(n) AS c").single().get("c").asInt());
		}
	}

	private void store(Session session, List<EntityText> batch) {
		if (batch.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = vectorRows(batch);
		session.executeWriteWithoutResult((tx) -> tx.run(STORE, Map.of("rows", rows)).consume());
	}

	private List<Map<String, Object>> vectorRows(List<EntityText> texts) {
		List<float[]> vectors = this.embeddings.embedAll(texts.stream().map(EntityText::text).toList());
		List<Map<String, Object>> rows = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			rows.add(Map.of("id", texts.get(i).id(), "vector", vectors.get(i)));
		}
		return rows;
	}

	private EntityText text(Record row) {
		return text(row, this.enriched);
	}

	private EntityText text(Record row, boolean enrichedText) {
		String id = row.get("id").asString();
		List<String> aliases = row.get("aliases").asList(Value::asString);
		Value description = row.get("description");
		StringBuilder text = new StringBuilder(row.get("name").asString(""));
		if (!aliases.isEmpty()) {
			text.append('（').append(String.join("，", aliases)).append('）');
		}
		if (!description.isNull()) {
			text.append('：').append(description.asString());
		}
		if (enrichedText) {
			EntityTexts.appendContext(text, row.get("label").asString(""), row.get("services").asList(Value::asString),
					row.get("maturity").isNull() ? null : row.get("maturity").asString(),
					row.get("links").asList(Value::asString), row.get("chains").asList(Value::asString),
					row.get("ownChain").isNull() ? null : row.get("ownChain").asString());
		}
		return new EntityText(id, text.toString());
	}

	record EntityText(String id, String text) {
	}

}
