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
 * @param parallelChunks how many chunks of a node step are written at once, each in its own transaction: the
 * nodes of one step are distinct, so their chunks share no lock, and one chunk's transaction keeps one core busy
 * on the database side while the other core is mostly idle (profiled in docs/benchmarks.md, "Size L"); references
 * and ties are written one chunk at a time, since their chunks meet on the same dense nodes (districts, links);
 * an import's duplicate check runs as many of its statements at once, for the same reason
 */
@ConfigurationProperties("pilotgraph.import")
public record ImportProperties(@DefaultValue("5000") int chunkSize, @DefaultValue("120s") Duration chunkTimeLimit,
		@DefaultValue("2") int parallelChunks) {

	public ImportProperties {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("pilotgraph.import.chunk-size must be at least 1, not " + chunkSize);
		}
		if (parallelChunks < 1) {
			throw new IllegalArgumentException("pilotgraph.import.parallel-chunks must be at least 1, not " + parallelChunks);
		}
	}

}
