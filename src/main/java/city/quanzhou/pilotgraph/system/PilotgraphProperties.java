package city.quanzhou.pilotgraph.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of our own, under {@code pilotgraph.*}; the database connection itself uses the standard
 * {@code spring.neo4j.*} properties.
 *
 * @param dataDir where the embedded database keeps its files
 * @param boltPort the embedded database's Bolt port on 127.0.0.1 (0 picks a free one)
 * @param embedded true when no external {@code spring.neo4j.uri} was given (set at start-up, see {@link Neo4jModeEnvironmentPostProcessor})
 * @param pageCache page cache of the embedded database; kept small because the service shares its machine
 * @param transactionTimeout upper bound of every transaction, below the request time limit
 * @param seed when to load the seed data: {@code if-empty} or {@code never}
 */
@ConfigurationProperties("pilotgraph")
public record PilotgraphProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("false") boolean embedded,
		@DefaultValue("512m") String pageCache,
		@DefaultValue("20s") Duration transactionTimeout,
		@DefaultValue("if-empty") String seed) {

	public boolean loadSeedIfEmpty() {
		return "if-empty".equalsIgnoreCase(seed);
	}

}
