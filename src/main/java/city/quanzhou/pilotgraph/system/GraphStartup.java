package city.quanzhou.pilotgraph.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the service reports ready: migrations, then the features' start-up
 * steps ({@link GraphStartupStep}, e.g. the seed data). Runners finish before Spring Boot marks the application
 * ready, so readiness stays false until all are done. None reads the graph beyond indexed lookups; embedding
 * what the seed load (or anything else) queued happens afterwards, in the background, and never holds up
 * readiness.
 */
@Component
class GraphStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

	private final GraphMigrations migrations;

	private final ObjectProvider<GraphStartupStep> steps;

	GraphStartup(GraphMigrations migrations, ObjectProvider<GraphStartupStep> steps) {
		this.migrations = migrations;
		this.steps = steps;
	}

	@Override
	public void run(ApplicationArguments args) {
		int applied = this.migrations.migrate();
		log.info("Graph schema up to date ({} migration(s) applied now)", applied);
		this.steps.orderedStream().forEach(GraphStartupStep::run);
	}

}
