package city.quanzhou.pilotgraph;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.search.EmbeddingJob;
import city.quanzhou.pilotgraph.search.EmbeddingQueue;

/**
 * Base of tests that need a small hand-built graph whose answers they work out by hand. They share a
 * second service and database that hold no seed data; each test replaces the whole graph with its
 * fixture (migrations stay), so tests in this family do not depend on one another.
 * <p>
 * This is the one service of the fast loop ({@code mvn test}); subclasses that fuzz, drive a browser or load
 * bench-sized data carry the {@code integration} tag and run in {@code mvn verify} only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0",
			// the fuzzer sends thousands of requests from one address; RateLimitFilterTests covers the limit
			"pilotgraph.rate-limit.per-second=1000000", "pilotgraph.rate-limit.burst=1000000", "pilotgraph.seed=never", "pilotgraph.page-cache=64m",
			// generous limits: on a loaded test machine (several builds on two cores) the first read of the
			// migrations has taken over the default 20 s
			"pilotgraph.transaction-timeout=90s", "pilotgraph.limits.request-time-limit=120s",
			// and its first connections have waited over the pool's 5 s while the migrations ran
			"spring.neo4j.pool.connection-acquisition-timeout=120s",
			// digest runs, deliveries and the saved-search sweep are driven by the tests that are about them
			"pilotgraph.digest.scheduler=false", "pilotgraph.alert.sweep=false",
			"pilotgraph.digest.webhook-secret=" + FixtureGraphTest.WEBHOOK_SECRET, "pilotgraph.digest.link-secret=test-link-secret",
			"pilotgraph.tokens=" + FixtureGraphTest.EDITOR + "=EDITOR," + FixtureGraphTest.PLANNER + "=PLANNER,"
					+ FixtureGraphTest.ADMIN + "=ADMIN," + FixtureGraphTest.BROKER + "=BROKER:王经纪",
			// each test replaces the graph beside the service, which the change log does not hear of, so the coverage
			// answers are not kept here (CoverageCacheTests covers keeping them)
			"pilotgraph.coverage.cache-max-age=0",
			// A small fixture lacks most relationship types; the planner's notices about them are expected here.
			"logging.level.org.springframework.data.neo4j.cypher.unrecognized=error" })
@AutoConfigureGraphQlTester
public abstract class FixtureGraphTest {

	protected static final String EDITOR = "editor-token";

	protected static final String PLANNER = "planner-token";

	protected static final String ADMIN = "admin-token";

	protected static final String BROKER = "broker-token";

	/** The secret webhook receivers in the tests check signatures with. */
	protected static final String WEBHOOK_SECRET = "test-webhook-secret";

	protected GraphQlTester graphQl;

	@LocalServerPort
	private int port;

	/** The API over real HTTP, where bearer tokens and security filters apply. */
	protected HttpGraphQl http() {
		return new HttpGraphQl(this.port);
	}

	@Autowired
	protected Driver driver;

	@Autowired
	protected EmbeddingJob embeddingJob;

	/** Waits until the background job has embedded everything queued so far (never a sleep: it waits for the job). */
	protected void awaitEmbeddings() {
		try {
			this.embeddingJob.awaitIdle(Duration.ofMinutes(5));
		}
		catch (TimeoutException | InterruptedException ex) {
			throw new AssertionError("The embedding queue did not drain", ex);
		}
	}

	/**
	 * Queues every entity of a fixture (written straight in Cypher, past the writers that queue) and waits
	 * until the job has embedded them, for tests that search by meaning.
	 */
	protected void embedGraph() {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (n:Entity) " + EmbeddingQueue.MARK).consume());
		}
		awaitEmbeddings();
	}

	/**
	 * The tester waits up to a minute: on two busy cores the first plan of a large query can take seconds,
	 * and these tests assert answers, never timing.
	 */
	@Autowired
	void patientTester(GraphQlTester tester) {
		this.graphQl = tester.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
	}

	@DynamicPropertySource
	static void fixtureDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("fixture"));
		// digest mails go to the SMTP server the digest tests start on this port (GreenMail)
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMail::port);
		// JWTs signed by a key made for this run stand in for the production issuer's tokens.
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwts::publicKeyLocation);
	}

	/** Empties the graph (but keeps the migration records) and runs the fixture's Cypher. */
	protected void replaceGraph(String cypher) {
		replaceGraph(cypher, Map.of());
	}

	/**
	 * Every node (its id or code, version, name and updatedAt) with its outgoing ties, as text: equal before
	 * and after a refused write when nothing at all was written. The change log is left out: it is the news of
	 * writes (an import announces itself even when it changed nothing), not the graph's data.
	 */
	protected String graphSnapshot() {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:Change AND NOT n:ChangeLog
					OPTIONAL MATCH (n)-[r]->(m)
					WITH n, collect(type(r) + '>' + coalesce(m.id, m.code)) AS ties
					RETURN collect(coalesce(n.id, n.code, 'audit') + '@' + coalesce(n.version, 0) + ':' + coalesce(n.name, '')
					       + ':' + coalesce(toString(n.updatedAt), '') + ':' + coalesce(n.editLock, false) + ties) AS all
					""").single().get("all").asList().stream().map(String::valueOf).sorted().toList().toString());
		}
	}

	/** The single number a counting query returns. */
	protected long count(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).single().get(0).asLong());
		}
	}

	protected long count(String cypher) {
		return count(cypher, Map.of());
	}

	protected void replaceGraph(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").consume());
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, parameters).consume());
		}
	}

}
