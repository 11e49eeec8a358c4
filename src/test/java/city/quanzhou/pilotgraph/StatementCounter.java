package city.quanzhou.pilotgraph;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.live.ChangeLog;

/**
 * Counts the statements the database runs, as the database sees them: its query collector (db.stats, in
 * Community too) records every statement it executes, from any client. Tests that pin how many statements a
 * request costs use it; nothing else may talk to the database meanwhile, which holds for one test at a time,
 * but for the change log's follower, whose polls it leaves out.
 */
public final class StatementCounter {

	private final Driver driver;

	public StatementCounter(Driver driver) {
		this.driver = driver;
	}

	/** Statements the database ran for {@code work}, not counting the collector's own calls. */
	public long count(Runnable work) {
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
					WITH data WHERE NOT data.query CONTAINS 'db.stats' AND NOT data.query CONTAINS $follower
					RETURN sum(data.invocationSummary.invocationCount) AS n""", Map.of("follower", ChangeLog.FOLLOWER_MARK))
				.single().get("n").asLong();
		}
	}

}
