package city.quanzhou.pilotgraph.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an import is written ({@code pilotgraph.import.*}).
 *
 * @param chunkSize rows per write transaction: small enough that a chunk's transaction state stays a few MB and
 * its time limit is never near, large enough that the per-transaction overhead does not dominate
 * @param chunkTimeLimit time limit of each chunk's transaction (and of each undo step); a whole import has none,
 * since its length grows with the file
 */
@ConfigurationProperties("pilotgraph.import")
public record ImportProperties(@DefaultValue("5000") int chunkSize, @DefaultValue("120s") Duration chunkTimeLimit) {

	public ImportProperties {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("pilotgraph.import.chunk-size must be at least 1, not " + chunkSize);
		}
	}

}
