package city.quanzhou.pilotgraph.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * What an entity's embedding is computed from, and how it is read and stored. The background
 * {@link EmbeddingJob} embeds what writers queue ({@link EmbeddingQueue}); {@link #reembedAll} recomputes
 * everything after a model change.
 * <p>
 * The embedded text is bounded so that every entity is one pass of the model: name, at most
 * {@value #MAX_ALIASES} aliases, the description cut to {@value #MAX_DESCRIPTION} characters, then the kind's
 * context (at most 12 links), the whole cut to {@value #MAX_TEXT} characters. BGE's tokenizer makes at least
 * one character of every token, so that is at most {@value #MAX_TEXT} tokens, inside the model's window of 512.
 */
@Component
public class EntityEmbeddings {

	static final int BATCH_SIZE = 64;

	static final int MAX_ALIASES = 5;

	static final int MAX_DESCRIPTION = 300;

	static final int MAX_TEXT = 500;

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
			       coalesce(n.services, []) AS services, n.maturity AS maturity, links, chains, ownChain,
			       n.embeddingHash AS hash, n.embedding IS NOT NULL AS hasVector, coalesce(n.embeddingRequest, 0) AS request
			""";

	/** The next page of the queue after {@code $after}, in id order (index embedding_pending_id, V0004). */
	private static final String PENDING_AFTER = """
			MATCH (n:EmbeddingPending) WHERE n.id > $after
			WITH n ORDER BY n.id LIMIT $limit
			WHERE n:Entity
			""" + TEXT_PARTS;

	/** Keyset paging over all entities, for re-embedding everything without holding ids in memory. */
	private static final String AFTER_ID = """
			MATCH (n:Entity) WHERE n.id > $after
			WITH n ORDER BY n.id LIMIT $limit
			""" + TEXT_PARTS;

	/**
	 * Stores the new vectors with the hash of their text, then takes off the queue every entity that was not
	 * queued again since it was read: a write in between raised {@code embeddingRequest}, and that entity stays
	 * queued for its new text. Setting the hash first takes the node's write lock, so the request compared is
	 * the committed one.
	 */
	private static final String STORE = """
			UNWIND $rows AS row
			MATCH (n:Entity {id: row.id})
			CALL (n, row) {
			  WITH n, row WHERE row.vector IS NOT NULL
			  CALL db.create.setNodeVectorProperty(n, 'embedding', row.vector)
			}
			SET n.embeddingHash = row.hash
			WITH n, row WHERE coalesce(n.embeddingRequest, 0) = row.request
			REMOVE n:EmbeddingPending
			RETURN count(n) AS done
			""";

	private final GraphSessions sessions;

	private final EmbeddingService embeddings;

	private final SeedEmbeddings shipped;

	private final boolean enriched;

	private final AtomicLong modelEmbedded = new AtomicLong();

	EntityEmbeddings(GraphSessions sessions, EmbeddingService embeddings, SeedEmbeddings shipped, SearchProperties properties) {
		this.sessions = sessions;
		this.embeddings = embeddings;
		this.shipped = shipped;
		this.enriched = properties.enrichedText();
	}

	/** Up to {@code limit} queued entities with ids after {@code after}, in id order, with their texts now. */
	List<EntityText> pendingAfter(String after, int limit) {
		try (Session session = this.sessions.session()) {
			return session.executeRead((tx) -> tx.run(PENDING_AFTER, Map.of("after", after, "limit", limit)).list(this::text));
		}
	}

	/**
	 * Vectors for those texts that need one: none for an entity whose text is the one its vector was made from;
	 * the shipped one for a seed entity whose text is the one the file's vector was made from; else the model's.
	 */
	List<float[]> embedChanged(List<EntityText> texts) {
		List<float[]> all = new ArrayList<>(texts.size());
		List<Integer> toEmbed = new ArrayList<>();
		for (EntityText text : texts) {
			float[] vector = text.needsVector() ? this.shipped.vectorFor(text) : null;
			if (text.needsVector() && vector == null) {
				toEmbed.add(all.size());
			}
			all.add(vector);
		}
		if (!toEmbed.isEmpty()) {
			List<float[]> vectors = this.embeddings.embedAll(toEmbed.stream().map((i) -> texts.get(i).text()).toList());
			for (int i = 0; i < toEmbed.size(); i++) {
				all.set(toEmbed.get(i), vectors.get(i));
			}
			this.modelEmbedded.addAndGet(toEmbed.size());
		}
		return all;
	}

	/** Texts the background job had the model embed since start (not counting vectors taken from the seed file). */
	long modelEmbeddedCount() {
		return this.modelEmbedded.get();
	}

	/** Stores the vectors (null: unchanged text, nothing to store) and returns how many entities left the queue. */
	long store(List<EntityText> texts, List<float[]> vectors) {
		List<Map<String, Object>> rows = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			EntityText text = texts.get(i);
			Map<String, Object> row = new java.util.HashMap<>();
			row.put("id", text.id());
			row.put("hash", text.hash());
			row.put("request", text.request());
			row.put("vector", vectors.get(i));
			rows.add(row);
		}
		try (Session session = this.sessions.session()) {
			return session.executeWrite((tx) -> tx.run(STORE, Map.of("rows", rows)).single().get("done").asLong());
		}
	}

	/**
	 * Recomputes every embedding in batches, in id order, overwriting the old vectors (the old ones keep
	 * serving search until replaced). {@code progress} receives the running count after each batch.
	 */
	public int reembedAll(IntConsumer progress) {
		int total = 0;
		String after = "";
		try (Session session = this.sessions.session()) {
			while (true) {
				String from = after;
				List<EntityText> batch = session.executeRead((tx) -> tx
					.run(AFTER_ID, Map.of("after", from, "limit", BATCH_SIZE))
					.list(this::text));
				if (batch.isEmpty()) {
					break;
				}
				List<float[]> vectors = this.embeddings.embedAll(batch.stream().map(EntityText::text).toList());
				store(batch, vectors);
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
		try (Session session = this.sessions.session()) {
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

	/** How many entities there are, for progress reports (from the count store: no scan). */
	public int count() {
		try (Session session = this.sessions.session()) {
			return session.executeRead((tx) -> tx.run("MATCH (n:Entity) RETURN count(n) AS c").single().get("c").asInt());
		}
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
			text.append('（').append(String.join("，", aliases.subList(0, Math.min(MAX_ALIASES, aliases.size())))).append('）');
		}
		if (!description.isNull()) {
			text.append('：').append(cut(description.asString(), MAX_DESCRIPTION));
		}
		if (enrichedText) {
			EntityTexts.appendContext(text, row.get("label").asString(""), row.get("services").asList(Value::asString),
					row.get("maturity").isNull() ? null : row.get("maturity").asString(),
					row.get("links").asList(Value::asString), row.get("chains").asList(Value::asString),
					row.get("ownChain").isNull() ? null : row.get("ownChain").asString());
		}
		String bounded = cut(text.toString(), MAX_TEXT);
		String hash = hash(bounded);
		boolean current = hash.equals(row.get("hash").asString(null)) && row.get("hasVector").asBoolean(false);
		return new EntityText(id, bounded, hash, !current, row.get("request").asLong(0));
	}

	/** At most {@code max} code points, never splitting a surrogate pair. */
	static String cut(String text, int max) {
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max));
	}

	static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * An entity's text as it is embedded, the hash of that text, whether it needs a new vector (its text is
	 * not the one its stored vector was made from), and the queue request it was read under.
	 */
	record EntityText(String id, String text, String hash, boolean needsVector, long request) {
	}

}
