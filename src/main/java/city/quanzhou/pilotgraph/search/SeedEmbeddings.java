package city.quanzhou.pilotgraph.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.search.EntityEmbeddings.EntityText;

/**
 * The seed data's vectors as shipped ({@code seed-data/embeddings.bin}, see {@link SeedEmbeddingsFile}), so that
 * neither a first start nor a test run embeds again what has not changed. A queued entity gets its vector from the
 * file only when the file was made by this service's model and holds the entity's id with the hash of the text
 * the entity has now; anything else (an edited text, a renamed link in a base's text, an entity the file does
 * not know) is embedded by the model as before. Read on first use; ignored, with one log line saying why, when
 * it was made by another model or its first vector is not what the model makes of that text.
 */
@Component
public class SeedEmbeddings {

	static final String LOCATION = "seed-data/embeddings.bin";

	/** Vectors of the same text by the same model agree to rounding; anything below this is another model. */
	private static final double SAME_MODEL = 0.99;

	private static final Logger log = LoggerFactory.getLogger(SeedEmbeddings.class);

	private final EmbeddingService model;

	private final Source source;

	private final Object lock = new Object();

	// Guarded by lock
	private Map<String, SeedEmbeddingsFile.Entry> entries;

	private boolean checked;

	private final AtomicLong used = new AtomicLong();

	@Autowired
	SeedEmbeddings(EmbeddingService model) {
		this(model, () -> {
			ClassPathResource resource = new ClassPathResource(LOCATION);
			return resource.exists() ? resource.getInputStream() : null;
		});
	}

	SeedEmbeddings(EmbeddingService model, Source source) {
		this.model = model;
		this.source = source;
	}

	/**
	 * The shipped vector for this entity's text, or null when there is none for exactly this text and model.
	 */
	float[] vectorFor(EntityText text) {
		SeedEmbeddingsFile.Entry entry;
		synchronized (this.lock) {
			entry = entries().get(text.id());
			if (entry == null || !entry.hash().equals(text.hash())) {
				return null;
			}
			if (!this.checked) {
				this.checked = true;
				if (!agreesWithModel(entry, text)) {
					this.entries = Map.of();
					return null;
				}
			}
		}
		this.used.incrementAndGet();
		return entry.vector();
	}

	/** Vectors taken from the file since start. */
	long usedCount() {
		return this.used.get();
	}

	// Called holding lock
	private Map<String, SeedEmbeddingsFile.Entry> entries() {
		if (this.entries == null) {
			this.entries = load();
		}
		return this.entries;
	}

	private Map<String, SeedEmbeddingsFile.Entry> load() {
		SeedEmbeddingsFile.Contents contents;
		try (InputStream in = this.source.open()) {
			if (in == null) {
				log.info("No {}: the seed data is embedded by the model", LOCATION);
				return Map.of();
			}
			contents = SeedEmbeddingsFile.read(in);
		}
		catch (IOException ex) {
			log.warn("{} cannot be read ({}); the seed data is embedded by the model", LOCATION, ex.getMessage());
			return Map.of();
		}
		if (!contents.model().equals(this.model.modelName()) || contents.dimensions() != EmbeddingService.DIMENSIONS) {
			log.warn("{} was made by {} ({} dimensions), this service embeds with {}: the seed data is embedded by the model; "
					+ "regenerate the file (seed-data/README.md)", LOCATION, contents.model(), contents.dimensions(),
					this.model.modelName());
			return Map.of();
		}
		Map<String, SeedEmbeddingsFile.Entry> byId = new HashMap<>();
		for (SeedEmbeddingsFile.Entry entry : contents.entries()) {
			byId.put(entry.id(), entry);
		}
		log.info("{}: {} vectors of {}", LOCATION, byId.size(), contents.model());
		return byId;
	}

	/** One vector made again from its text, so that a file from a different build of the model is not trusted. */
	private boolean agreesWithModel(SeedEmbeddingsFile.Entry entry, EntityText text) {
		float[] fresh = this.model.embed(text.text());
		double dot = 0;
		for (int i = 0; i < fresh.length; i++) {
			dot += fresh[i] * entry.vector()[i];
		}
		if (dot < SAME_MODEL) {
			log.warn("{}: the vector of {} is not what the model makes of its text (cosine {}); the file is ignored and "
					+ "the seed data embedded by the model; regenerate the file (seed-data/README.md)", LOCATION,
					entry.id(), String.format("%.4f", dot));
			return false;
		}
		return true;
	}

	/** Where the file comes from: null when there is none. */
	@FunctionalInterface
	interface Source {

		InputStream open() throws IOException;

	}

}
