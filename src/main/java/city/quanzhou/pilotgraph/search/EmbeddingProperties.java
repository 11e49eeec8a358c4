package city.quanzhou.pilotgraph.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the background embedding job, under {@code pilotgraph.embedding.*}.
 *
 * @param background run the job in this instance; off, entities stay queued in the graph for an instance
 * that runs it (the {@code import} command turns it off: the service embeds what it queued)
 * @param pollInterval how often an idle job looks at the queue for work queued elsewhere (another instance,
 * the import command); its own writers wake it at once
 * @param batchSize entities embedded per batch
 */
@ConfigurationProperties("pilotgraph.embedding")
public record EmbeddingProperties(@DefaultValue("true") boolean background, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("64") int batchSize) {
}
