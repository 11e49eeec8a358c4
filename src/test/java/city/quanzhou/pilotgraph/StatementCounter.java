package city.quanzhou.pilotgraph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.live.ChangeLog;

/**
 * Counts the statements the database runs, as the database sees them: its query collector (db.stats, in
 * Community too) records every statement it executes, from any client. Tests that pin how many statements a
 * request costs use it; nothing else may talk to the database meanwhile, which holds for one test at a time,
 * except for the service's own background work: the idle embedding job looks at its queue every few seconds,
 * the embedding gauge counts the queue and the change log's follower polls the log, so their statements can land
 * in the window. Those are left out by their text.
 */
public final class StatementCounter {

	/** Fragments of the statements the service runs by itself, not for a request. */
	private static final List<String> BACKGROUND = List.of("MATCH (n:EmbeddingPending) WHERE n.id > $after",
			"MATCH (p:EmbeddingPending) RETURN count(p)", ChangeLog.FOLLOWER_MARK,
			// the digest scheduler's and the saved-search sweep's polls
			"// background:");

	private final Driver driver;

	public StatementCounter(Driver driver) {
		this.driver = driver;
	}

	/** Statements the database ran for {@code work}, not counting the collector's own calls. */
	public long count(Runnable work) {
		return statements(work).size();
	}

	/** The text of each statement the database ran for {@code work}, once per time it ran. */
	public List<String> statements(Runnable work) {
		try (Session session = this.driver.session()) {
			session.run("CALL db.stats.stop('QUERIES')").consume();
			session.run("CALL db.stats.clear('QUERIES')").consume();
			session.run("CALL db.stats.collect('QUERIES')").consume();
		}
		try {
			work.run();
		}
		finally {
			try (Session session = this.driver.session()) {
				session.run("CALL db.stats.stop('QUERIES')").consume();
			}
		}
		try (Session session = this.driver.session()) {
			return session.run("""
					CALL db.stats.retrieve('QUERIES') YIELD data
					WITH data WHERE NOT data.query CONTAINS 'db.stats'
					  AND none(fragment IN $background WHERE data.query CONTAINS fragment)
					UNWIND range(1, data.invocationSummary.invocationCount) AS time
					RETURN data.query AS query""", Map.of("background", BACKGROUND))
				.list((row) -> row.get("query").asString());
		}
	}

}
