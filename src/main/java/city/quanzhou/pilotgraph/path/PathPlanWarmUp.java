package city.quanzhou.pilotgraph.path;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the path searches with their default bounds once, in the background, as soon as the service is
 * ready. Planning a shortest-path statement costs the database from a few hundred milliseconds to over a
 * second on a busy machine, and that time counts against the search's time limit; without this the first
 * broker to ask would pay it. Plans are cached by statement text, and the text depends only on the hop
 * bound, so these four cover what clients send unless they change the bounds.
 */
@Component
class PathPlanWarmUp {

	private static final Logger log = LoggerFactory.getLogger(PathPlanWarmUp.class);

	private final PathService paths;

	PathPlanWarmUp(PathService paths) {
		this.paths = paths;
	}

	@EventListener(ApplicationReadyEvent.class)
	void planDefaultSearches() {
		Thread.ofVirtual().name("path-plan-warm-up").start(() -> {
			long started = System.nanoTime();
			// ids that match nothing: the database plans each statement in full and finds no rows
			Map<String, Object> none = Map.of("from", "", "to", "", "a", "", "b", "", "id", "", "first", 1,
					"avoid", List.of(), "operatingBasesOnly", false, "thisYear", 2000);
			for (String statement : List.of(PathQueries.partnerPaths(4), PathQueries.bridgingBrokers(3),
					PathQueries.neighbourhood(2), PathQueries.reachableEnterprises(4))) {
				try {
					this.paths.plan(statement, none);
				}
				catch (RuntimeException ex) {
					log.debug("Warming up a path search plan failed; the first request will plan it", ex);
				}
			}
			log.info("Path searches planned in {} ms", (System.nanoTime() - started) / 1_000_000);
		});
	}

}
