package city.quanzhou.pilotgraph.search;

import java.time.Duration;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.system.GraphSessions;
import city.quanzhou.pilotgraph.system.GraphStartupStep;

/**
 * Whether the vector index answers queries. A vector index created over entities that already have vectors (a
 * migration that builds it anew, as V0013 does) fills in the background: 9.4 minutes for the million vectors of
 * L on one core. A query on it meanwhile waits for it until its transaction's time runs out, so
 * until the index is online, search ranks by words and exact names alone and a demand's solvers come from its
 * links, and {@code embeddingStatus.index} says how far the index has come.
 * <p>
 * Looked at once at start-up, after the migrations (waiting up to three seconds for an index that is filling);
 * while the index is not online, again every second from a thread of its own until it is. Once online it stays
 * so for the life of the process: nothing in the service drops the index.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class VectorIndexState implements GraphStartupStep, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(VectorIndexState.class);

	static final String INDEX = "entity_embedding";

	/** Marked as background work: statement-counting tests leave it out (it runs for no request). */
	private static final String STATE = """
			// background: the vector index's state
			SHOW VECTOR INDEXES YIELD name, state, populationPercent WHERE name = $name
			RETURN state, populationPercent""";

	private static final Duration INTERVAL = Duration.ofSeconds(1);

	private static final Duration SETTLING = Duration.ofSeconds(3);

	private final GraphSessions sessions;

	private volatile Status status = new Status("ONLINE", 100);

	private Thread watcher;

	VectorIndexState(GraphSessions sessions) {
		this.sessions = sessions;
	}

	/** The index's state as the database reports it (ONLINE, POPULATING, FAILED) or MISSING, and how full it is. */
	public record Status(String state, double populated) {

		boolean online() {
			return "ONLINE".equals(this.state);
		}

	}

	/** Whether queries by meaning may use the index now. */
	public boolean online() {
		return this.status.online();
	}

	public Status status() {
		return this.status;
	}

	@Override
	public synchronized void run() {
		if (!refresh() && !settled() && this.watcher == null) {
			log.info("Vector index {} is {} ({}% populated): search ranks by words until it is online", INDEX,
					this.status.state(), Math.round(this.status.populated()));
			this.watcher = Thread.ofPlatform().name("vector-index-watch").daemon().start(this::watch);
		}
	}

	/**
	 * Waits up to {@link #SETTLING} for an index that is populating: one created just now over few entities (a new
	 * database, whose migrations create it) is online within milliseconds, and the service should not start with
	 * search by words alone for that.
	 */
	private boolean settled() {
		long until = System.nanoTime() + SETTLING.toNanos();
		try {
			while ("POPULATING".equals(this.status.state()) && System.nanoTime() < until) {
				Thread.sleep(20);
				if (refresh()) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private void watch() {
		try {
			while (!refreshed()) {
				Thread.sleep(INTERVAL);
			}
			synchronized (this) {
				this.watcher = null;
			}
			log.info("Vector index {} is online: search ranks by meaning again", INDEX);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stops watching with the service: its sessions would only fail, once a second, on a closed driver. */
	@Override
	public synchronized void destroy() {
		if (this.watcher != null) {
			this.watcher.interrupt();
		}
	}

	/** The watcher's look: a database that cannot answer for a moment is asked again a second later. */
	private boolean refreshed() {
		try {
			return refresh();
		}
		catch (RuntimeException ex) {
			log.debug("Could not read the state of vector index {}: {}", INDEX, ex.getMessage());
			return false;
		}
	}

	/** Reads the index's state; true once it is online. */
	private boolean refresh() {
		try (Session session = this.sessions.session()) {
			this.status = session.executeRead((tx) -> tx.run(STATE, java.util.Map.of("name", INDEX)).stream()
				.findFirst()
				.map((row) -> new Status(row.get("state").asString(), row.get("populationPercent").asDouble()))
				.orElse(new Status("MISSING", 0)));
		}
		return this.status.online();
	}

}
