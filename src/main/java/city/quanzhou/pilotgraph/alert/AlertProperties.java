package city.quanzhou.pilotgraph.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of saved-search alerts, under {@code pilotgraph.alert.*}.
 *
 * @param sweep whether this instance looks, every {@code sweepInterval}, for new entities the embedding job has
 * embedded since they were checked by words (tests drive the sweep)
 * @param sweepInterval how often it looks
 * @param streamPoll how often an open {@code searchAlerts} stream reads its owner's new alerts
 * @param importWindow an import's new entities are those at version 1 written within this long before its change
 * @param keepChecks how long the record that an entity was checked is kept
 */
@ConfigurationProperties("pilotgraph.alert")
public record AlertProperties(@DefaultValue("true") boolean sweep, @DefaultValue("30s") Duration sweepInterval,
		@DefaultValue("2s") Duration streamPoll, @DefaultValue("6h") Duration importWindow,
		@DefaultValue("7d") Duration keepChecks) {
}
