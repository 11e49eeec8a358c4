package city.quanzhou.pilotgraph;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.search.EmbeddingJob;

/**
 * Base of every test that reads the Quanzhou seed data: one service and one embedded database, started
 * once for all such tests and loaded the way a first start loads them. Tests here must not change the
 * graph in ways others would notice; tests that write use {@link FixtureGraphTest} instead.
 * <p>
 * Tagged {@code integration}: this family runs in {@code mvn verify} (failsafe), not in the fast {@code mvn test}.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0",
			// the fuzzer sends thousands of requests from one address; RateLimitFilterTests covers the limit
			"pilotgraph.rate-limit.per-second=1000000", "pilotgraph.rate-limit.burst=1000000", "pilotgraph.seed=if-empty", "pilotgraph.page-cache=128m",
			// generous limits: on a loaded test machine (several builds on two cores) the first read of the
			// migrations has taken over the default 20 s
			"pilotgraph.transaction-timeout=90s", "pilotgraph.limits.request-time-limit=120s", "pilotgraph.paths.time-limit=60s",
			// and its first connections have waited over the pool's 5 s while the migrations ran
			"spring.neo4j.pool.connection-acquisition-timeout=120s" })
@AutoConfigureGraphQlTester
public abstract class SeededGraphTest {

	protected GraphQlTester graphQl;

	@Autowired
	protected Driver neo4j;

	@Autowired
	protected EmbeddingJob embeddingJob;

	/**
	 * The seed data is embedded in the background after start-up; tests here read it embedded, so each waits
	 * for the job to have drained the queue (at once, after the first).
	 */
	@BeforeEach
	void seedEmbedded() throws TimeoutException, InterruptedException {
		this.embeddingJob.awaitIdle(Duration.ofMinutes(10));
	}

	/** The single number a counting query returns, read straight from the database. */
	protected long count(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asLong());
		}
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
	static void seededDatabase(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("seeded"));
	}

}
