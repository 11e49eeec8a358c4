package city.quanzhou.pilotgraph.path;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the path searches, under {@code pilotgraph.paths.*}.
 *
 * @param timeLimit the longest one search may run; the database ends the transaction after it (the
 * server checks time-outs every couple of seconds, so a search can overrun a tiny limit by that much).
 * Kept below the database's own transaction limit so that a search fails with its own clear message.
 */
@ConfigurationProperties("pilotgraph.paths")
public record PathProperties(@DefaultValue("5s") Duration timeLimit) {
}
