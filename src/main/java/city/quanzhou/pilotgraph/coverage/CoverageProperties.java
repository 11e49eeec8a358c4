package city.quanzhou.pilotgraph.coverage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the coverage analytics, under {@code pilotgraph.coverage.*}.
 *
 * @param cacheMaxAge how long an answer is kept at most while the change log stands still: it bounds how late
 * a write made beside the service (cypher-shell, Neo4j Browser), which appends no change, reaches the figures;
 * zero turns the cache off
 * @param cacheEntries the most answers kept (one per statement and arguments), the least recently used dropped
 */
@ConfigurationProperties("pilotgraph.coverage")
public record CoverageProperties(@DefaultValue("60s") Duration cacheMaxAge, @DefaultValue("256") int cacheEntries) {

	public CoverageProperties {
		if (cacheMaxAge.isNegative()) {
			throw new IllegalArgumentException("pilotgraph.coverage.cache-max-age must not be negative (was " + cacheMaxAge
					+ ")");
		}
		if (cacheEntries < 1) {
			throw new IllegalArgumentException("pilotgraph.coverage.cache-entries must be at least 1 (was " + cacheEntries
					+ ")");
		}
	}

}
