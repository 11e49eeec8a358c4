package city.quanzhou.pilotgraph;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests of a deployment that reviews editors' writes ({@code pilotgraph.review.required=true}, as the
 * prod profile has it): a service and database of their own, with small hand-built graphs as in
 * {@link FixtureGraphTest}, and tokens for two editors, a reviewer, the first editor's reviewer token (the
 * same person) and an admin. Tagged {@code integration}: a second service does not belong in the fast loop.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0", "pilotgraph.seed=never", "pilotgraph.page-cache=32m",
			"pilotgraph.rate-limit.per-second=1000000", "pilotgraph.rate-limit.burst=1000000",
			"pilotgraph.transaction-timeout=90s", "pilotgraph.limits.request-time-limit=120s",
			"spring.neo4j.pool.connection-acquisition-timeout=120s", "pilotgraph.review.required=true",
			"pilotgraph.tokens=" + ReviewedGraphTest.EDITOR + "=EDITOR:王编辑," + ReviewedGraphTest.OTHER_EDITOR
					+ "=EDITOR:陈编辑," + ReviewedGraphTest.REVIEWER + "=REVIEWER:李审核," + ReviewedGraphTest.EDITOR_AS_REVIEWER
					+ "=REVIEWER:王编辑," + ReviewedGraphTest.ADMIN + "=ADMIN:赵管理",
			// each test replaces the graph beside the service, unheard of by the change log: no coverage answers kept
			"pilotgraph.coverage.cache-max-age=0",
			"logging.level.org.springframework.data.neo4j.cypher.unrecognized=error" })
public abstract class ReviewedGraphTest {

	protected static final String EDITOR = "editor-token";

	protected static final String OTHER_EDITOR = "other-editor-token";

	protected static final String REVIEWER = "reviewer-token";

	protected static final String EDITOR_AS_REVIEWER = "editor-reviewer-token";

	protected static final String ADMIN = "admin-token";

	@LocalServerPort
	private int port;

	@Autowired
	protected Driver driver;

	protected HttpGraphQl http() {
		return new HttpGraphQl(this.port);
	}

	@DynamicPropertySource
	static void reviewedDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("reviewed"));
	}

	/** Empties the graph (but keeps the migration records) and runs the fixture's Cypher. */
	protected void replaceGraph(String cypher) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").consume());
			session.executeWriteWithoutResult((tx) -> tx.run(cypher).consume());
		}
	}

	protected long count(String cypher) {
		return count(cypher, Map.of());
	}

	protected long count(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).single().get(0).asLong());
		}
	}

}
