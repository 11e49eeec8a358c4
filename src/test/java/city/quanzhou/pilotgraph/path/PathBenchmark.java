package city.quanzhou.pilotgraph.path;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.io.ByteUnit;

import city.quanzhou.pilotgraph.entity.GraphReads;

/**
 * On-demand benchmark, not a test (its name matches no test pattern, so {@code mvn test} never runs it):
 * builds a synthetic graph of about 100,000 entities with the seed data's mix of kinds and a skewed,
 * realistic degree (a few hub institutes, funds and bases; most enterprises with a handful of ties), plus
 * the category hubs the searches must ignore (12 districts, 30 chains, 600 links tied to everything), in a
 * fresh embedded database, and times the service's searches on random pairs.
 * <p>
 * Run (see docs/queries.md):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/classpath.txt) city.quanzhou.pilotgraph.path.PathBenchmark [samples]
 * </pre>
 */
public final class PathBenchmark {

	static final int ENTERPRISES = 50_000;
	static final int INSTITUTES = 5_000;
	static final int RESULTS = 30_000;
	static final int BASES = 2_000;
	static final int BROKERS = 3_000;
	static final int AGENCIES = 300;
	static final int FUNDS = 1_000;
	static final int DEMANDS = 8_000;
	static final int CHAINS = 30;
	static final int LINKS = 600;
	static final int DISTRICTS = 12;

	private final Random random = new Random(20261128L);

	public static void main(String[] args) throws IOException {
		int samples = (args.length > 0) ? Integer.parseInt(args[0]) : 300;
		Path home = Files.createTempDirectory("pilotgraph-path-bench");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("512m"))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
			new PathBenchmark().run(driver, samples);
		}
		finally {
			dbms.shutdown();
		}
	}

	private void run(Driver driver, int samples) {
		long started = System.nanoTime();
		int[] counts = build(driver);
		System.out.printf(Locale.ROOT, "graph: %,d entities, %,d real ties, %,d category ties, built in %d s%n", counts[0],
				counts[1], counts[2], Duration.ofNanos(System.nanoTime() - started).toSeconds());
		PathService service = new PathService(GraphReads.standalone(driver, Duration.ofSeconds(20)),
				new PathProperties(Duration.ofSeconds(5)));
		List<String[]> pairs = new ArrayList<>();
		for (int i = 0; i < samples + 30; i++) {
			pairs.add(new String[] { "res-" + this.random.nextInt(RESULTS), "ent-" + this.random.nextInt(ENTERPRISES) });
		}
		measure("partnerPaths result→enterprise maxHops 4 first 5", pairs,
				(pair) -> service.partnerPaths(pair[0], pair[1], 4, 5, null).size());
		List<String[]> parties = new ArrayList<>();
		for (int i = 0; i < samples + 30; i++) {
			parties.add(new String[] { "inst-" + this.random.nextInt(INSTITUTES), "ent-" + this.random.nextInt(ENTERPRISES) });
		}
		List<String[]> connected = connectedPairs(driver, samples + 30);
		measure("partnerPaths connected result→enterprise maxHops 4 first 5", connected,
				(pair) -> service.partnerPaths(pair[0], pair[1], 4, 5, null).size());
		measure("partnerPaths institute→enterprise maxHops 4 first 5", parties,
				(pair) -> service.partnerPaths(pair[0], pair[1], 4, 5, null).size());
		measure("bridgingBrokers institute, enterprise maxHops 3", parties,
				(pair) -> service.bridgingBrokers(pair[0], pair[1], 3, 20).size());
		measure("neighbourhood of an enterprise, 2 hops, first 50", parties,
				(pair) -> service.neighbourhood(pair[1], 2, null, 50).nodes().size());
		measure("reachableEnterprises of a result maxHops 4 first 10", pairs,
				(pair) -> service.reachableEnterprises(pair[0], 4, 10, null).size());
	}

	/**
	 * Pairs known to be joined within four real hops, found by walking out from random results: the case
	 * a broker cares about, where paths exist and must be enumerated and ranked.
	 */
	private List<String[]> connectedPairs(Driver driver, int count) {
		List<String[]> pairs = new ArrayList<>();
		try (Session session = driver.session()) {
			while (pairs.size() < count) {
				String from = "res-" + this.random.nextInt(RESULTS);
				var records = session.run("""
						MATCH (r:Result {id: $id})-[:%s*1..4]-(e:Enterprise)
						WITH DISTINCT e LIMIT 200
						RETURN e.id AS id ORDER BY e.id""".formatted(RealTies.PATTERN), Map.of("id", from)).list();
				if (!records.isEmpty()) {
					pairs.add(new String[] { from, records.get(this.random.nextInt(records.size())).get("id").asString() });
				}
			}
		}
		return pairs;
	}

	interface Search {

		int run(String[] pair);

	}

	private static void measure(String name, List<String[]> pairs, Search search) {
		for (String[] pair : pairs.subList(0, 30)) {
			attempt(search, pair); // warm-up: plans cached, pages in
		}
		List<Long> micros = new ArrayList<>();
		int found = 0;
		int timedOut = 0;
		for (String[] pair : pairs.subList(30, pairs.size())) {
			long start = System.nanoTime();
			int size = attempt(search, pair);
			micros.add((System.nanoTime() - start) / 1_000);
			if (size > 0) {
				found++;
			}
			if (size < 0) {
				timedOut++;
			}
		}
		Collections.sort(micros);
		System.out.printf(Locale.ROOT, "%-55s n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms non-empty=%d timed-out=%d%n", name,
				micros.size(), percentile(micros, 0.50), percentile(micros, 0.99), micros.getLast() / 1000.0, found,
				timedOut);
	}

	private static int attempt(Search search, String[] pair) {
		try {
			return search.run(pair);
		}
		catch (PathSearchTimedOutException ex) {
			return -1;
		}
	}

	private static double percentile(List<Long> sorted, double p) {
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1000.0;
	}

	/** Returns entities, real ties and category ties written. */
	private int[] build(Driver driver) {
		try (Session session = driver.session()) {
			session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
			session.run("CREATE CONSTRAINT district_code IF NOT EXISTS FOR (d:District) REQUIRE d.code IS UNIQUE").consume();
			session.run("CALL db.awaitIndexes(300)").consume();
			int entities = 0;
			entities += nodes(session, "Enterprise", "ent", ENTERPRISES, (i) -> Map.of());
			entities += nodes(session, "Institute", "inst", INSTITUTES, (i) -> Map.of());
			entities += nodes(session, "Result", "res", RESULTS, (i) -> Map.of("needsPilot", true, "maturity", "BENCH"));
			entities += nodes(session, "TestBase", "base", BASES,
					(i) -> Map.of("status", (i % 10 < 7) ? "OPERATING" : (i % 10 < 9) ? "PLANNED" : "SUSPENDED"));
			entities += nodes(session, "Broker", "broker", BROKERS, (i) -> Map.of());
			entities += nodes(session, "TransferAgency", "agency", AGENCIES, (i) -> Map.of());
			entities += nodes(session, "Fund", "fund", FUNDS, (i) -> Map.of());
			entities += nodes(session, "Demand", "demand", DEMANDS, (i) -> Map.of());
			entities += nodes(session, "IndustryChain", "chain", CHAINS, (i) -> Map.of());
			entities += nodes(session, "ChainLink", "link", LINKS, (i) -> Map.of());
			session.run("UNWIND range(0, $n - 1) AS i CREATE (:District {code: '3505' + i, name: 'district ' + i})",
					Map.of("n", DISTRICTS)).consume();
			int real = 0;
			real += ties(session, "OWNED_BY", "res", RESULTS, 1, () -> (this.random.nextInt(5) < 4)
					? "inst-" + skewed(INSTITUTES) : "ent-" + skewed(ENTERPRISES), Map.of());
			real += ties(session, "COOPERATES_WITH", "inst", INSTITUTES, 6, () -> "ent-" + skewed(ENTERPRISES),
					Map.of("projects", 3, "lastYear", 2024));
			real += ties(session, "TRANSFERRED_TO", "res", RESULTS / 3, 1, () -> "ent-" + skewed(ENTERPRISES),
					Map.of("year", 2024));
			real += ties(session, "PILOTED", "base", BASES, 3, () -> "res-" + this.random.nextInt(RESULTS), Map.of("year", 2024));
			real += ties(session, "SERVED", "base", BASES, 10, () -> "ent-" + skewed(ENTERPRISES),
					Map.of("year", 2025, "projects", 4));
			real += ties(session, "OPERATED_BY", "base", BASES, 2, () -> (this.random.nextBoolean())
					? "inst-" + skewed(INSTITUTES) : "ent-" + skewed(ENTERPRISES), Map.of());
			real += ties(session, "COVERS", "base", BASES, 3, () -> "link-" + this.random.nextInt(LINKS), Map.of());
			real += ties(session, "SERVES", "broker", BROKERS, 4, this::party, Map.of("since", 2021));
			real += ties(session, "BROKERED", "broker", BROKERS, 3, this::party, Map.of("deals", 2, "lastYear", 2024));
			real += ties(session, "WORKS_FOR", "broker", BROKERS, 1, () -> "agency-" + this.random.nextInt(AGENCIES), Map.of());
			real += ties(session, "INVESTS_IN", "fund", FUNDS, 8, () -> (this.random.nextInt(10) == 0)
					? "base-" + this.random.nextInt(BASES) : "ent-" + skewed(ENTERPRISES), Map.of("year", 2023));
			real += ties(session, "SOLVES", "inst", INSTITUTES, 1, () -> "demand-" + this.random.nextInt(DEMANDS),
					Map.of("year", 2024));
			real += postedDemands(session);
			int category = 0;
			category += ties(session, "APPLIES_TO", "res", RESULTS, 1, () -> "link-" + this.random.nextInt(LINKS), Map.of());
			category += ties(session, "ACTIVE_IN", "ent", ENTERPRISES, 2, () -> "link-" + this.random.nextInt(LINKS), Map.of());
			category += ties(session, "PART_OF", "link", LINKS, 1, () -> "chain-" + this.random.nextInt(CHAINS), Map.of());
			category += ties(session, "ON_LINK", "demand", DEMANDS, 1, () -> "link-" + this.random.nextInt(LINKS), Map.of());
			session.run("""
					MATCH (n:Entity) WHERE n:Enterprise OR n:Institute OR n:TestBase OR n:TransferAgency
					CALL (n) {
					  MATCH (d:District {code: '3505' + toString(toInteger(rand() * $n))})
					  CREATE (n)-[:LOCATED_IN]->(d)
					} IN TRANSACTIONS OF 10000 ROWS""", Map.of("n", DISTRICTS)).consume();
			category += ENTERPRISES + INSTITUTES + BASES + AGENCIES;
			return new int[] { entities, real, category };
		}
	}

	private int nodes(Session session, String label, String prefix, int count, IntFunction<Map<String, Object>> extra) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> row = new HashMap<>(extra.apply(i));
			row.put("id", prefix + "-" + i);
			row.put("name", label + " " + i);
			rows.add(row);
		}
		for (int from = 0; from < rows.size(); from += 10_000) {
			// the label comes from this class's constants, never from input
			session.run("UNWIND $rows AS row CREATE (n:Entity:" + label
					+ ") SET n = row, n.aliases = [], n.source = 'SYNTHETIC', n.version = 1",
					Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 10_000)))).consume();
		}
		return count;
	}

	/** Ties from each of {@code count} sources to {@code perSource} targets (fewer when a target repeats). */
	private int ties(Session session, String type, String prefix, int count, int perSource, Supplier<String> target,
			Map<String, Object> properties) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// a Poisson-like spread around perSource: some sources have none, some many
			int n = Math.max(0, (int) Math.round(perSource * -Math.log(1 - this.random.nextDouble())));
			for (int k = 0; k < Math.min(n, perSource * 6); k++) {
				rows.add(Map.of("from", prefix + "-" + i, "to", target.get()));
			}
		}
		for (int from = 0; from < rows.size(); from += 10_000) {
			session.run("UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[r:"
					+ type + "]->(b) SET r = $properties",
					Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 10_000)), "properties", properties))
				.consume();
		}
		return rows.size();
	}

	private int postedDemands(Session session) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < DEMANDS; i++) {
			rows.add(Map.of("from", "ent-" + skewed(ENTERPRISES), "to", "demand-" + i));
		}
		session.run("UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[:POSTED]->(b)",
				Map.of("rows", rows)).consume();
		return rows.size();
	}

	private String party() {
		int kind = this.random.nextInt(10);
		if (kind < 6) {
			return "ent-" + skewed(ENTERPRISES);
		}
		return (kind < 9) ? "inst-" + skewed(INSTITUTES) : "base-" + this.random.nextInt(BASES);
	}

	/** Indices skewed towards 0: a few entities gather many ties, as lead firms and big institutes do. */
	private int skewed(int size) {
		double u = this.random.nextDouble();
		return (int) (size * u * u);
	}

}
