package city.quanzhou.pilotgraph.ingest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.system.GraphStartupStep;
import city.quanzhou.pilotgraph.system.PilotgraphProperties;

/**
 * Loads the seed data at start-up, once the migrations are applied, when {@code pilotgraph.seed} is
 * {@code if-empty}. Ordered last: a step that repairs the graph comes before it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SeedStartup implements GraphStartupStep {

	private final SeedLoader seed;

	private final PilotgraphProperties properties;

	SeedStartup(SeedLoader seed, PilotgraphProperties properties) {
		this.seed = seed;
		this.properties = properties;
	}

	@Override
	public void run() {
		if (this.properties.loadSeedIfEmpty()) {
			this.seed.loadIfNotLoaded();
		}
	}

}
