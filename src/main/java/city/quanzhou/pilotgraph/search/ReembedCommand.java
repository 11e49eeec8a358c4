package city.quanzhou.pilotgraph.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --pilotgraph.reembed=true}: recompute every embedding (after a model change or a change of the
 * embedded text), logging progress, then exit. Runs on {@link ApplicationReadyEvent}, that is after the
 * start-up runner has migrated the schema, so it always works on an up-to-date graph.
 */
@Component
@ConditionalOnBooleanProperty("pilotgraph.reembed")
class ReembedCommand {

	private static final Logger log = LoggerFactory.getLogger(ReembedCommand.class);

	private final EntityEmbeddings embeddings;

	ReembedCommand(EntityEmbeddings embeddings) {
		this.embeddings = embeddings;
	}

	@EventListener
	void reembed(ApplicationReadyEvent event) {
		int total = this.embeddings.count();
		long started = System.nanoTime();
		log.info("Re-embedding {} entities", total);
		int done = this.embeddings.reembedAll((count) -> {
			long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
			log.info("Re-embedded {}/{} entities ({}%, {} per second)", count, total, count * 100 / Math.max(1, total),
					count * 1000L / millis);
		});
		log.info("Re-embedded {} entities in {} s; exiting", done, (System.nanoTime() - started) / 1_000_000_000);
		ConfigurableApplicationContext context = event.getApplicationContext();
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
