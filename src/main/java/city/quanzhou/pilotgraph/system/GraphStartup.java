package city.quanzhou.pilotgraph.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.ingest.ImportRecovery;
import city.quanzhou.pilotgraph.ingest.SeedLoader;

/**
 * Brings the graph up to date before the service reports ready: migrations, then an import the last process
 * left half-written is undone (ImportRecovery; no request ever finds it after a crash), then the seed data when
 * configured. Runners finish before Spring Boot marks the application ready, so readiness stays false until
 * all are done. None reads the graph beyond indexed lookups; embedding what the seed load (or anything
 * else) queued happens afterwards, in the background ({@code EmbeddingJob}), and never holds up readiness.
 */
@Component
class GraphStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

	private final GraphMigrations migrations;

	private final SeedLoader seed;

	private final PilotgraphProperties properties;

	private final ImportRecovery imports;

	GraphStartup(GraphMigrations migrations, SeedLoader seed, PilotgraphProperties properties, ImportRecovery imports) {
		this.migrations = migrations;
		this.seed = seed;
		this.properties = properties;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		int applied = this.migrations.migrate();
		log.info("Graph schema up to date ({} migration(s) applied now)", applied);
		this.imports.recover();
		if (this.properties.loadSeedIfEmpty()) {
			this.seed.loadIfNotLoaded();
		}
	}

}
