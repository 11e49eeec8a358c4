package city.quanzhou.pilotgraph.system;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the embedded database can still work. A database that has panicked (it ran out of disk mid-write,
 * say) refuses everything until the process restarts, even once the cause is gone; this indicator, part of the
 * liveness group, then reports DOWN so that an orchestrator restarts the service. A database that is merely
 * busy or slow is not a reason to restart: that is readiness's business.
 */
final class EmbeddedNeo4jHealth extends DatabaseEventListenerAdapter implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jHealth.class);

	private volatile String panicked;

	@Override
	public void databasePanic(DatabaseEventContext context) {
		if (GraphDatabaseSettings.DEFAULT_DATABASE_NAME.equals(context.getDatabaseName())
				|| GraphDatabaseSettings.SYSTEM_DATABASE_NAME.equals(context.getDatabaseName())) {
			this.panicked = context.getDatabaseName();
			log.error("The embedded database '{}' has panicked and needs a restart; liveness now reports DOWN",
					context.getDatabaseName());
		}
	}

	boolean hasPanicked() {
		return this.panicked != null;
	}

	@Override
	public Health health() {
		if (this.panicked != null) {
			return Health.down()
				.withDetail("database", this.panicked)
				.withDetail("reason", "the embedded database panicked and needs the process restarted")
				.build();
		}
		return Health.up().build();
	}

}
