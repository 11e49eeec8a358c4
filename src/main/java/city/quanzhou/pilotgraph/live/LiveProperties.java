package city.quanzhou.pilotgraph.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the change log, under {@code pilotgraph.live.*}.
 *
 * @param pollInterval how often each instance reads the changes written since its last read: the longest a
 * subscriber waits for news beyond the write itself, and one indexed read per interval per instance
 * @param retention changes older than this are removed from the log (an instance away for longer misses them)
 * @param maxChanges the log keeps at most this many of the newest changes
 */
@ConfigurationProperties("pilotgraph.live")
public record LiveProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("24h") Duration retention,
		@DefaultValue("100000") long maxChanges) {

	public LiveProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("pilotgraph.live.poll-interval must be positive (was " + pollInterval + ")");
		}
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("pilotgraph.live.retention must be positive (was " + retention + ")");
		}
		if (maxChanges < 1) {
			throw new IllegalArgumentException("pilotgraph.live.max-changes must be at least 1 (was " + maxChanges + ")");
		}
	}

}
