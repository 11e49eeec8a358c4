package city.quanzhou.pilotgraph.system;

import java.util.List;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the features' costliest statements ({@link PlansAhead}) with {@code EXPLAIN} in the background once the
 * service is ready: {@code EXPLAIN} plans a statement and keeps the plan without running it, so nothing of the
 * graph is read and readiness does not wait. Off with {@code pilotgraph.plan-ahead=false}; commands (import,
 * re-embed) answer no requests and never plan ahead.
 */
@Component
@ConditionalOnWebApplication
public class PlanWarmUp {

	private static final Logger log = LoggerFactory.getLogger(PlanWarmUp.class);

	private final List<PlansAhead> features;

	private final GraphSessions sessions;

	private final boolean enabled;

	PlanWarmUp(List<PlansAhead> features, GraphSessions sessions, @Value("${pilotgraph.plan-ahead:true}") boolean enabled) {
		this.features = features;
		this.sessions = sessions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void planWhenReady() {
		if (this.enabled) {
			Thread.ofVirtual().name("plan-ahead").start(this::planAll);
		}
	}

	/** Plans every statement; a statement that fails is logged and skipped. */
	public Outcome planAll() {
		long started = System.nanoTime();
		int planned = 0;
		int total = 0;
		for (PlansAhead feature : this.features) {
			for (PlansAhead.Statement statement : feature.statements()) {
				total++;
				try (Session session = this.sessions.readSession()) {
					session.run("EXPLAIN " + statement.cypher(), statement.parameters()).consume();
					planned++;
				}
				catch (RuntimeException ex) {
					log.warn("Could not plan {} ahead: {}", statement.name(), ex.getMessage());
				}
			}
		}
		log.info("Planned {} of {} statements ahead in {} ms", planned, total, (System.nanoTime() - started) / 1_000_000);
		return new Outcome(planned, total);
	}

	/** How many statements were planned, of how many the features plan ahead. */
	public record Outcome(int planned, int total) {
	}

}
