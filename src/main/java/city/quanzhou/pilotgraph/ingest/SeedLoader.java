package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Loads the Quanzhou dataset shipped in {@code seed-data/} into an empty graph. A {@code :SeedLoad} node
 * records a finished load, so a second start on the same data loads nothing; a load interrupted before
 * that node was written is simply repeated (every write merges on ids).
 */
@Component
public class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final GraphSessions sessions;

	SeedLoader(GraphSessions sessions) {
		this.sessions = sessions;
	}

	public boolean isLoaded() {
		try (Session session = this.sessions.session()) {
			return session.executeRead((tx) -> tx.run("MATCH (s:SeedLoad) RETURN count(s) > 0 AS loaded").single().get("loaded").asBoolean());
		}
	}

	/** Loads the seed data unless an earlier load finished; returns whether it loaded. */
	public boolean loadIfNotLoaded() {
		if (isLoaded()) {
			log.info("Seed data already loaded; nothing to do");
			return false;
		}
		long started = System.nanoTime();
		Dataset dataset = new DatasetReader(SeedLoader::classpathFile, new Neo4jGraphLookup(this.sessions)).read();
		new DatasetWriter(this.sessions, "seed").write(dataset, (rows) -> log.debug("Seed data: {} rows written", rows));
		long millis = (System.nanoTime() - started) / 1_000_000;
		try (Session session = this.sessions.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					CREATE (:SeedLoad {at: $at, nodes: $nodes, relationships: $relationships, millis: $millis})
					""", Map.of("at", ZonedDateTime.now(), "nodes", dataset.nodeCount(), "relationships",
					dataset.relationshipCount(), "millis", millis)).consume());
		}
		log.info("Seed data loaded: {} nodes and {} relationships in {} ms", dataset.nodeCount(),
				dataset.relationshipCount(), millis);
		return true;
	}

	private static Optional<InputStream> classpathFile(String name) {
		ClassPathResource resource = new ClassPathResource("seed-data/" + name);
		if (!resource.exists()) {
			return Optional.empty();
		}
		try {
			return Optional.of(resource.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
