import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The contract's reads over GraphQL against the very statements they cost, sent directly over Bolt: how much the
 * HTTP and GraphQL layer adds to a read. For each operation and each of five variable sets, the service's log
 * gives the statements one GraphQL request ran, with their parameters, and the database's query collector counts
 * them; then GraphQL requests, direct replays of the recorded statements and {@code { __typename }} requests (the
 * floor: a round trip through the GraphQL endpoint that reads nothing) take turns, one at a time, and the p50s are
 * compared; GraphQL's p50 less the floor's is what the read adds to a request. The direct side runs each
 * statement as the service does a read (an auto-commit transaction of a read session) and reads every record.
 * Only operations whose statements all run through the service's GraphReads are compared; for the others the
 * table says so. Nothing else may use the service meanwhile.
 * <p>
 * Two runs, since logging the statements costs time of its own: {@code record} against the service started with
 * {@code --logging.level.city.quanzhou.pilotgraph.entity.GraphReads=trace} (its output in {@code service.log},
 * named by {@code -Dservice.log}) saves the statements to a file; {@code compare} against the same database served
 * without that logging times them. With the driver's and Jackson's jars on the class path (e.g. unzipped from the
 * service jar's BOOT-INF/lib):
 * <pre>
 * java -cp 'lib/*' -Dservice.log=service.log bench/direct/GraphQlVsDirect.java record \
 *     http://127.0.0.1:8080/graphql bolt://127.0.0.1:7687 ../shared/contract statements.json
 * java -cp 'lib/*' bench/direct/GraphQlVsDirect.java compare \
 *     http://127.0.0.1:8080/graphql bolt://127.0.0.1:7687 ../shared/contract statements.json [requests per side, 200]
 * </pre>
 */
public class GraphQlVsDirect {

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	record Operation(String name, Path document, List<Map<String, Object>> variables) {
	}

	record Statement(String query, Map<String, Object> parameters) {
	}

	public static void main(String[] args) throws Exception {
		boolean recording = args[0].equals("record");
		URI graphQl = URI.create(args[1]);
		Path contract = Path.of(args[3]);
		Path file = Path.of(args[4]);
		int runs = (args.length > 5) ? Integer.parseInt(args[5]) : 200;
		// HTTP/1.1 keep-alive, as a browser or a dashboard speaks to the service; the default (HTTP/2) would offer an
		// upgrade the service does not take
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		try (Driver driver = GraphDatabase.driver(args[2])) {
			List<Operation> operations = operations(driver, contract);
			if (recording) {
				record(driver, http, graphQl, operations, file);
				return;
			}
			@SuppressWarnings("unchecked")
			Map<String, List<List<Map<String, Object>>>> saved = JSON.readValue(file.toFile(), Map.class);
			System.out.printf("GraphQL vs the same statements direct; %s; %d requests per side; load average before %s%n%n",
					graphQl, runs, loadAverage());
			System.out.println("| operation | statements per request | GraphQL p50 / p90 / p99 ms | direct p50 / p90 / p99 ms | **p50 GraphQL ÷ direct** (target ≤ 1.15) "
					+ "| `{ __typename }` p50 ms | GraphQL p50 − `{ __typename }` p50 ms |");
			System.out.println("|---|---|---|---|---|---|---|");
			for (Operation operation : operations) {
				List<List<Map<String, Object>>> recorded = saved.get(operation.name());
				if (recorded == null) {
					System.out.printf("| %s | not all statements through GraphReads: not compared | | | |%n", operation.name());
					continue;
				}
				String document = Files.readString(operation.document());
				long[] viaGraphQl = new long[runs];
				long[] direct = new long[runs];
				// the floor of this client and service: an HTTP round trip through the GraphQL endpoint that reads nothing
				long[] floor = new long[runs];
				for (int i = 0; i < runs; i++) {
					int set = i % recorded.size();
					long[][] into = { viaGraphQl, direct, floor };
					Runnable[] work = { () -> post(http, graphQl, document, operation.variables().get(set)),
							() -> replay(driver, recorded.get(set)), () -> post(http, graphQl, "{ __typename }", Map.of()) };
					// who goes first rotates, so that no step always finds the others' caches warm
					for (int k = 0; k < work.length; k++) {
						int step = (i + k) % work.length;
						into[step][i] = timed(work[step]);
					}
				}
				double statements = recorded.stream().mapToInt(List::size).average().orElse(0);
				System.out.printf("| %s | %.1f | %s | %s | **%.2f** %s | %.1f | %.1f |%n", operation.name(), statements,
						percentiles(viaGraphQl), percentiles(direct), p50(viaGraphQl) / p50(direct),
						(p50(viaGraphQl) / p50(direct) <= 1.15) ? "met" : "missed", p50(floor),
						p50(viaGraphQl) - p50(floor));
			}
			System.out.printf("%nLoad average after: %s%n", loadAverage());
		}
	}

	/**
	 * Sends each operation once per variable set and saves the statements it ran, as logged, to {@code file};
	 * an operation whose statements the log does not hold in full (the database counts more) is left out.
	 */
	static void record(Driver driver, HttpClient http, URI graphQl, List<Operation> operations, Path file)
			throws Exception {
		Path serviceLog = Path.of(System.getProperty("service.log", "service.log"));
		Map<String, List<List<Statement>>> saved = new java.util.LinkedHashMap<>();
		for (Operation operation : operations) {
			String document = Files.readString(operation.document());
			List<List<Statement>> recorded = new ArrayList<>();
			long counted = 0;
			for (Map<String, Object> variables : operation.variables()) {
				List<List<Statement>> logged = new ArrayList<>();
				counted += counted(driver, () -> logged.add(record(serviceLog,
						() -> post(http, graphQl, document, variables))));
				recorded.addAll(logged);
			}
			long loggedCount = recorded.stream().mapToLong(List::size).sum();
			System.out.printf("%s: %d statements counted by the database, %d logged%n", operation.name(), counted,
					loggedCount);
			if (!recorded.isEmpty() && loggedCount == counted) {
				saved.put(operation.name(), recorded);
			}
		}
		JSON.writeValue(file.toFile(), saved);
	}

	static List<Operation> operations(Driver driver, Path contract) {
		Path reads = contract.resolve("operations");
		List<Operation> operations = new ArrayList<>();
		operations.add(new Operation("TestBases", reads.resolve("TestBases.graphql"), repeat(Map.of())));
		operations.add(new Operation("Entity", reads.resolve("Entity.graphql"), column(driver, """
				CALL { MATCH (n:TestBase) RETURN n.id AS id ORDER BY id LIMIT 2
				       UNION ALL MATCH (n:Result) RETURN n.id AS id ORDER BY id LIMIT 2
				       UNION ALL MATCH (n:Institute) RETURN n.id AS id ORDER BY id LIMIT 1 }
				RETURN id""", (id) -> Map.of("id", id))));
		operations.add(new Operation("ChainCoverage", reads.resolve("ChainCoverage.graphql"), repeat(Map.of())));
		List<Map<String, Object>> gaps = column(driver, "MATCH (c:IndustryChain) RETURN c.id AS id ORDER BY id LIMIT 4",
				(id) -> Map.of("chainId", id));
		gaps.add(Map.of());
		operations.add(new Operation("CoverageGaps", reads.resolve("CoverageGaps.graphql"), gaps));
		if (Files.exists(contract.resolve("next/CoverageGaps.graphql"))) {
			operations.add(new Operation("CoverageGaps v2", contract.resolve("next/CoverageGaps.graphql"), gaps));
		}
		operations.add(new Operation("PartnerPaths", reads.resolve("PartnerPaths.graphql"), rows(driver, """
				MATCH (r:Result)-[:OWNED_BY]-(o)-[:COOPERATES_WITH]-(e:Enterprise)
				WITH r.id AS from, min(e.id) AS to ORDER BY from LIMIT 5
				RETURN {from: from, to: to} AS variables""")));
		operations.add(new Operation("BridgingBrokers", reads.resolve("BridgingBrokers.graphql"), rows(driver, """
				MATCH (i:Institute) WITH i ORDER BY i.id LIMIT 5 WITH collect(i.id) AS institutes
				MATCH (e:Enterprise) WITH institutes, e ORDER BY e.id LIMIT 5 WITH institutes, collect(e.id) AS enterprises
				UNWIND range(0, size(institutes) - 1) AS k
				RETURN {a: institutes[k], b: enterprises[k]} AS variables""")));
		operations.add(new Operation("BaseMatches", reads.resolve("BaseMatches.graphql"), column(driver, """
				MATCH (r:Result) WHERE r.needsPilot AND r.maturity IN ['LAB', 'BENCH'] RETURN r.id AS id ORDER BY id LIMIT 5""",
				(id) -> Map.of("resultId", id))));
		operations.add(new Operation("Search", reads.resolve("Search.graphql"),
				Arrays.stream(new String[] { "锂电池", "纺织印染", "生物医药中试", "晋江", "新材料 检测" })
					.map((text) -> Map.<String, Object>of("text", text))
					.toList()));
		return operations;
	}

	static List<Map<String, Object>> repeat(Map<String, Object> variables) {
		return List.of(variables, variables, variables, variables, variables);
	}

	static List<Map<String, Object>> column(Driver driver, String query, Function<String, Map<String, Object>> variables) {
		try (Session session = driver.session()) {
			return new ArrayList<>(session.run(query).list((row) -> variables.apply(row.get("id").asString())));
		}
	}

	static List<Map<String, Object>> rows(Driver driver, String query) {
		try (Session session = driver.session()) {
			return session.run(query).list((row) -> row.get("variables").asMap());
		}
	}

	/**
	 * The statements, with their parameters, that the service ran for {@code work}: the lines its reads log at
	 * TRACE (logger city.quanzhou.pilotgraph.entity.GraphReads) while the request ran. The database's own query
	 * collector cannot serve here: it keeps top-level parameters only, nested lists and maps as placeholders.
	 */
	static List<Statement> record(Path serviceLog, Runnable work) {
		try {
			return recorded(serviceLog, work);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Statement> recorded(Path serviceLog, Runnable work) throws Exception {
		long before = Files.size(serviceLog);
		work.run();
		Thread.sleep(100);
		List<Statement> statements = new ArrayList<>();
		try (var in = Files.newInputStream(serviceLog)) {
			in.skipNBytes(before);
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				int start = line.indexOf(" read {");
				if (line.contains("GraphReads") && start >= 0) {
					@SuppressWarnings("unchecked")
					Map<String, Object> statement = JSON.readValue(line.substring(start + 6), Map.class);
					@SuppressWarnings("unchecked")
					Map<String, Object> parameters = (Map<String, Object>) statement.get("parameters");
					statements.add(new Statement((String) statement.get("cypher"), parameters));
				}
			}
		}
		return statements;
	}

	/**
	 * Statements the database ran for {@code work}, leaving out the service's own background work (the change-log
	 * follower's poll, the embedding job's look at its queue and the gauge's count of it).
	 */
	static long counted(Driver driver, Runnable work) {
		try (Session session = driver.session()) {
			session.run("CALL db.stats.stop('QUERIES')").consume();
			session.run("CALL db.stats.clear('QUERIES')").consume();
			session.run("CALL db.stats.collect('QUERIES')").consume();
			work.run();
			session.run("CALL db.stats.stop('QUERIES')").consume();
			return session.run("""
					CALL db.stats.retrieve('QUERIES') YIELD data
					WITH data WHERE NOT data.query CONTAINS 'db.stats'
					  AND none(mark IN $background WHERE data.query CONTAINS mark)
					RETURN sum(data.invocationSummary.invocationCount) AS n""",
					Map.of("background", List.of("change-log follower", "MATCH (n:EmbeddingPending) WHERE n.id > $after",
							"MATCH (p:EmbeddingPending) RETURN count(p)")))
				.single().get("n").asLong();
		}
	}

	@SuppressWarnings("unchecked")
	static void replay(Driver driver, List<Map<String, Object>> statements) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			for (Map<String, Object> statement : statements) {
				session.run((String) statement.get("query"), (Map<String, Object>) statement.get("parameters")).list();
			}
		}
	}

	static void post(HttpClient http, URI uri, String document, Map<String, Object> variables) {
		StringBuilder json = new StringBuilder("{\"query\":").append(quoted(document)).append(",\"variables\":{");
		String separator = "";
		for (var entry : variables.entrySet()) {
			json.append(separator).append(quoted(entry.getKey())).append(':').append(quoted(String.valueOf(entry.getValue())));
			separator = ",";
		}
		json.append("}}");
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Variables are ids and texts here (sent as strings); first and maxHops keep the operations' defaults. */
	static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	static long timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	static double p50(long[] nanos) {
		return percentile(nanos, 0.5);
	}

	static double percentile(long[] nanos, double q) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * q))] / 1e6;
	}

	static String percentiles(long[] nanos) {
		return String.format("%.1f / %.1f / %.1f", percentile(nanos, 0.5), percentile(nanos, 0.9), percentile(nanos, 0.99));
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}
