package city.quanzhou.pilotgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import city.quanzhou.pilotgraph.search.SearchCypher;

/**
 * The benchmark at scale and the load run, in one command (bench/run.sh, see bench/README.md).
 * For each size it generates the synthetic ecosystem, starts the packaged jar on a fresh data directory,
 * imports the batches through the service's own import endpoint, restarts, and measures against that one
 * service and database: every contract operation over GraphQL/HTTP beside the same statements sent directly
 * over Bolt, the statements each request costs the database, search latency and the vector index's recall,
 * loading against the bare model, start-up and memory, and a 60-second mixed load that must see no error.
 * The figures go to {@code target/bench/<size>/results.md} and, assembled for every size run so far, between
 * the markers of docs/benchmarks.md. Exits 1 when the load run saw any error.
 * <p>
 * Not a test: no name matches a test pattern, so {@code mvn test} never runs it.
 */
public final class BenchHarness {

	static final String BEGIN = "<!-- bench:begin -->";

	static final String END = "<!-- bench:end -->";

	/** The service's page cache as the run set it (the service inherits the harness's environment). */
	static final String PAGE_CACHE = System.getenv().getOrDefault("PILOTGRAPH_PAGECACHE", "default");

	static final Map<String, Integer> SIZES = Map.of("S", 10_000, "M", 100_000, "L", 1_000_000);

	/** Concurrency of the throughput runs (two cores: four requests in flight keep both busy). */
	static final int CONCURRENCY = 4;

	/** Concurrency and length of the load run. */
	static final int LOAD_CONCURRENCY = 8;

	/** Texts the bare model embeds for its rate: at about 250 a second on two cores, a measurement of seconds. */
	static final int BARE_SAMPLE = 3_200;

	static final int LOAD_SECONDS = Integer.getInteger("bench.load-seconds", 60);

	static final double PHASE_SECONDS = Double.parseDouble(System.getProperty("bench.phase-seconds", "10"));

	/** The one-at-a-time phase runs longer: its p50 and p99 are the figures the targets are set on. */
	static final double SEQUENTIAL_SECONDS = 1.5 * PHASE_SECONDS;

	private final Path jar;

	private final Path work;

	private final Path doc;

	private final String command;

	private BenchHarness(Path jar, Path work, Path doc, String command) {
		this.jar = jar;
		this.work = work;
		this.doc = doc;
		this.command = command;
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: BenchHarness S|M|L... (from the repository root, after mvn package; see bench/README.md)");
			System.exit(2);
		}
		Path jar;
		// bench.jar: another jar of the service, e.g. the extracted one an AOT cache was trained on (bench/aot/train.sh)
		if (!System.getProperty("bench.jar", "").isBlank()) {
			jar = Path.of(System.getProperty("bench.jar"));
		}
		else {
			try (Stream<Path> files = Files.list(Path.of("target"))) {
				jar = files.filter((file) -> file.getFileName().toString().matches("pilotgraph-.*\\.jar")).findFirst()
					.orElseThrow(() -> new IllegalStateException("No target/pilotgraph-*.jar: run mvn package first"));
			}
		}
		String command = System.getProperty("bench.command", "bench/run.sh " + String.join(" ", args));
		BenchHarness harness = new BenchHarness(jar.toAbsolutePath(), Path.of("target", "bench").toAbsolutePath(),
				Path.of("docs", "benchmarks.md"), command);
		if (args[0].equals("--assemble")) {
			// only rewrite the document from the results already in target/bench
			harness.assemble();
			return;
		}
		if (args[0].equals("--measure")) {
			if (args.length != 3) {
				throw new IllegalArgumentException("usage: --measure <label> <database directory loaded earlier>");
			}
			harness.measureOnly(args[1], Path.of(args[2]));
			return;
		}
		boolean loadClean = true;
		for (String size : args) {
			if (!SIZES.containsKey(size) && !size.matches("\\d+")) {
				throw new IllegalArgumentException("Unknown size " + size + "; choose among S, M, L (or a node count, for a trial)");
			}
			loadClean &= harness.run(size);
			harness.assemble();
		}
		System.exit(loadClean ? 0 : 1);
	}

	// ---------------------------------------------------------------------------------------------------------

	/** One size, start to end; returns whether the load run was free of errors. */
	private boolean run(String size) throws Exception {
		int nodes = SIZES.containsKey(size) ? SIZES.get(size) : Integer.parseInt(size);
		Path dir = this.work.resolve(size);
		Path db = dir.resolve("db");
		Path saved = dir.resolve("load.properties");
		Result result;
		if (Boolean.getBoolean("bench.reuse-loaded") && Files.isRegularFile(saved)) {
			// Measure again on the graph an earlier run loaded (its loading figures are kept from that run).
			result = Result.restore(this, saved);
			result.reusedAt = ZonedDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			result.reusedLoad = loadAverage();
			log(size, "reusing the graph loaded at " + result.started);
		}
		else {
			result = generateAndLoad(size, nodes, dir, db);
			result.save(saved);
		}
		// Start-up with the loaded graph, and everything else against this one process and database.
		try (ServiceProcess service = ServiceProcess.start(this.jar, db, "2g", dir.resolve("service-2.log"))) {
			result.startMillis = service.awaitReady(Duration.ofMinutes(5));
			ServiceProcess.sleep(2000);
			result.readyRss = service.rssMiB();
			log(size, "loaded service ready in " + result.startMillis + " ms, RSS " + result.readyRss + " MiB");
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + service.boltPort, AuthTokens.none())) {
				SearchCypher search = new SearchCypher();
				result.bareRate = bareEmbeddingRate(driver, search);
				log(size, String.format(Locale.ROOT, "bare embedding %.1f texts/s; loading %.1f nodes/s", result.bareRate,
						nodes / result.importSeconds));
				ContractBench.Http http = new ContractBench.Http(service.httpPort);
				List<ContractBench> operations = ContractBench.all(driver, http, search);
				for (ContractBench operation : operations) {
					result.operations.add(measure(size, operation, driver, http));
				}
				result.recall = recall(driver, search);
				log(size, "recall " + result.recall);
				result.load = load(operations, http);
				log(size, "load " + result.load.total);
				result.endRss = service.rssMiB();
				result.peakRss = service.peakRssMiB();
			}
		}
		result.loadAfter = loadAverage();
		Files.writeString(dir.resolve("results.md"), result.markdown(), StandardCharsets.UTF_8);
		log(size, "written " + dir.resolve("results.md"));
		return result.load.total.errors() == 0;
	}

	/**
	 * GraphQL against direct Cypher only, for the operations named in {@code -Dbench.operations} (all when
	 * absent), on a database directory loaded earlier (it is written to: the editor operation's bases are
	 * created; measure a copy). Prints the table and writes it to {@code target/bench/<label>-measure.md}. With
	 * {@code -Dbench.with-load=true}, then the recall@10 over the vectors stored so far and the load run of a full
	 * run, all operations from several clients.
	 */
	private void measureOnly(String label, Path db) throws Exception {
		String wanted = System.getProperty("bench.operations", "");
		String before = loadAverage();
		String started = ZonedDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		List<OperationResult> results = new ArrayList<>();
		Recall recall = null;
		LoadResult load = null;
		long[] rss = new long[3];
		Path dir = this.work.resolve(label);
		Files.createDirectories(dir);
		try (ServiceProcess service = ServiceProcess.start(this.jar, db, "2g", dir.resolve("service-measure.log"))) {
			long ready = service.awaitReady(Duration.ofMinutes(10));
			ServiceProcess.sleep(2000);
			rss[0] = service.rssMiB();
			log(label, "service ready in " + ready + " ms, RSS " + rss[0] + " MiB");
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + service.boltPort, AuthTokens.none())) {
				ContractBench.Http http = new ContractBench.Http(service.httpPort);
				SearchCypher search = new SearchCypher();
				List<ContractBench> operations = ContractBench.all(driver, http, search);
				for (ContractBench operation : operations) {
					if (wanted.isEmpty() || List.of(wanted.split(",")).contains(operation.name)) {
						results.add(measure(label, operation, driver, http));
					}
				}
				// -Dbench.with-load=true: also the recall over the vectors stored so far and the load run of a full run
				if (Boolean.getBoolean("bench.with-load")) {
					recall = recall(driver, search);
					log(label, "recall " + recall);
					load = load(operations, http);
					log(label, "load " + load.total);
				}
			}
			rss[1] = service.rssMiB();
			rss[2] = service.peakRssMiB();
		}
		StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
				"`BenchHarness --measure %s` on %s, started %s; load average before: %s, after: %s. One request at a time "
						+ "(GraphQL and direct alternating, same variables) for up to %.0f s, then %d clients for %.0f s each.%n%n",
				label, db, started, before, loadAverage(), SEQUENTIAL_SECONDS, CONCURRENCY, PHASE_SECONDS));
		md.append("| operation | statements GraphQL / direct | GraphQL p50 / p99 ms | direct p50 / p99 ms | **ratio p50** | GraphQL @")
			.append(CONCURRENCY).append(" req/s | direct @").append(CONCURRENCY).append(" req/s |\n|---|---|---|---|---|---|---|\n");
		for (OperationResult o : results) {
			boolean direct = !Double.isNaN(o.directStatements);
			md.append(String.format(Locale.ROOT, "| %s | %s / %s | %.1f / %.1f | %s | %s | %.0f | %s |%n", o.name,
					Result.fmt(o.graphQlStatements), direct ? Result.fmt(o.directStatements) : "–", o.sequentialGraphQl.p50(),
					o.sequentialGraphQl.p99(),
					direct ? String.format(Locale.ROOT, "%.1f / %.1f", o.sequentialDirect.p50(), o.sequentialDirect.p99()) : "–",
					direct ? String.format(Locale.ROOT, "**%.2f×**", o.ratio()) : "–", o.concurrentGraphQl.throughput(),
					direct ? String.format(Locale.ROOT, "%.0f", o.concurrentDirect.throughput()) : "–"));
		}
		if (recall != null) {
			md.append('\n').append(recall.markdown());
		}
		if (load != null) {
			md.append(load.markdown());
		}
		md.append(String.format(Locale.ROOT, "%nResident memory of the service (heap -Xmx2g, page cache %s): %,d MiB at ready, %,d MiB at "
				+ "the end, %,d MiB at its peak.%n", PAGE_CACHE, rss[0], rss[1],
				rss[2]));
		md.append(String.format(Locale.ROOT, "%nLoad average at the end: %s.%n", loadAverage()));
		Files.writeString(this.work.resolve(label + "-measure.md"), md, StandardCharsets.UTF_8);
		System.out.println(md);
	}

	private Result generateAndLoad(String size, int nodes, Path dir, Path db) throws Exception {
		deleteTree(dir);
		Files.createDirectories(dir);
		String loadBefore = loadAverage();
		String startedAt = ZonedDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		log(size, "generating " + nodes + " nodes");
		long generated = System.nanoTime();
		Path data = dir.resolve("data");
		runGenerator(size, data);
		double generateSeconds = (System.nanoTime() - generated) / 1e9;
		List<Path> batches;
		try (Stream<Path> listing = Files.list(data)) {
			batches = listing.filter(Files::isDirectory).sorted().toList();
		}
		String manifest = Files.readString(data.resolve("manifest.txt"));
		long ties = manifest.lines().filter((line) -> line.matches("[a-z_]+\\.csv \\d+"))
			.filter((line) -> isTieFile(line.substring(0, line.indexOf(' '))))
			.mapToLong((line) -> Long.parseLong(line.substring(line.indexOf(' ') + 1))).sum();
		Result result = new Result(size, nodes, ties, batches.size(), generateSeconds);
		result.loadBefore = loadBefore;
		result.started = startedAt;
		// First start on an empty data directory, then the import through the running service.
		try (ServiceProcess service = ServiceProcess.start(this.jar, db, "2g", dir.resolve("service-1.log"))) {
			result.firstStartMillis = service.awaitReady(Duration.ofMinutes(5));
			log(size, "empty service ready in " + result.firstStartMillis + " ms; importing " + batches.size() + " batch(es)");
			long importStarted = System.nanoTime();
			for (Path batch : batches) {
				long started = System.nanoTime();
				String report = importBatch(service.httpPort, batch);
				log(size, batch.getFileName() + " imported in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + report);
			}
			log(size, String.format(Locale.ROOT, "graph imported (every import answered) in %.1f s; waiting for the background embedding",
					(System.nanoTime() - importStarted) / 1e9));
			// imports answer at graph speed and queue the embedding: loading ends when the queue is empty
			awaitEmbedded(service.httpPort);
			result.importSeconds = (System.nanoTime() - importStarted) / 1e9;
			result.importPeakRss = service.peakRssMiB();
			result.embedSeconds = embeddingSeconds(service.log);
			result.loadAfterImport = loadAverage();
			// the bare model right after the import, the service idle: the closest in time to the loading
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + service.boltPort, AuthTokens.none())) {
				result.bareRateAfterImport = bareEmbeddingRate(driver, new SearchCypher());
			}
			log(size, String.format(Locale.ROOT, "loading %.1f nodes/s, bare model right after %.1f texts/s",
					nodes / result.importSeconds, result.bareRateAfterImport));
		}
		return result;
	}

	private static boolean isTieFile(String file) {
		return List.of("link_feeds.csv", "result_owners.csv", "result_links.csv", "base_covers.csv", "base_operators.csv",
				"base_pilots.csv", "base_serves.csv", "enterprise_links.csv", "cooperations.csv", "broker_serves.csv",
				"broker_deals.csv", "transfers.csv", "demand_links.csv", "demand_solvers.csv", "investments.csv")
			.contains(file);
	}

	/** The generator as a user runs it: the single-file program under bench/, on this JDK. */
	private static void runGenerator(String size, Path out) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"bench/GenerateEcosystem.java", size, out.toString()).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("The generator failed");
		}
	}

	/** One batch through POST /admin/import (multipart, one part per file), as an administrator uploads it. */
	private static String importBatch(int port, Path batch) throws IOException, InterruptedException {
		String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
		List<byte[]> parts = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(batch)) {
			files = listing.filter((file) -> file.toString().endsWith(".csv")).sorted().toList();
		}
		for (Path file : files) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
					+ file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			parts.add(Files.readAllBytes(file));
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/import"))
			.timeout(Duration.ofHours(3))
			.header("Authorization", "Bearer " + ServiceProcess.ADMIN_TOKEN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Import of " + batch + " answered " + response.statusCode() + ": "
					+ ContractBench.Http.abbreviate(response.body()));
		}
		return ContractBench.Http.abbreviate(response.body());
	}

	/** Polls {@code embeddingStatus} until nothing is pending (a benchmark may poll; tests wait on the job). */
	private static void awaitEmbedded(int port) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ embeddingStatus { pending } }\"}"))
			.build();
		Pattern pending = Pattern.compile("\"pending\"\\s*:\\s*(\\d+)");
		while (true) {
			Matcher matcher = pending.matcher(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
			if (matcher.find() && Long.parseLong(matcher.group(1)) == 0) {
				return;
			}
			Thread.sleep(1000);
		}
	}

	/** Seconds the service spent embedding during the import, summed from its own log lines. */
	private static double embeddingSeconds(Path log) throws IOException {
		Pattern line = Pattern.compile("Embedded (\\d+) entities in (\\d+) ms");
		double seconds = 0;
		for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher matcher = line.matcher(text);
			if (matcher.find()) {
				seconds += Long.parseLong(matcher.group(2)) / 1000.0;
			}
		}
		return seconds;
	}

	/**
	 * The model alone on the texts the service embedded (a sample spread over all of them, in the service's
	 * batches of 64), in this process while the service is idle: the physical limit of loading.
	 */
	private static double bareEmbeddingRate(Driver driver, SearchCypher search) {
		List<String> texts = search.entityTexts(driver);
		int sampleSize = Math.min(BARE_SAMPLE, texts.size());
		List<String> sample = new ArrayList<>();
		for (int i = 0; i < sampleSize; i++) {
			sample.add(texts.get((int) ((long) i * texts.size() / sampleSize)));
		}
		search.embedAll(sample.subList(0, 64)); // warm-up
		long started = System.nanoTime();
		for (int from = 0; from < sample.size(); from += 64) {
			search.embedAll(sample.subList(from, Math.min(sample.size(), from + 64)));
		}
		return sample.size() / ((System.nanoTime() - started) / 1e9);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Operations

	private OperationResult measure(String size, ContractBench operation, Driver driver, ContractBench.Http http)
			throws Exception {
		OperationResult result = new OperationResult(operation.name);
		// warm-up: plans compiled and cached, pages in memory, on both paths
		for (int i = 0; i < 10; i++) {
			expectOk(operation.send(http, i));
			if (operation.hasDirect()) {
				try (Session session = driver.session()) {
					operation.direct(session, operation.variables(i));
				}
			}
		}
		result.graphQlStatements = statements(driver, 5, (i) -> expectOk(operation.send(http, i)));
		if (operation.hasDirect()) {
			int[] claimed = new int[1];
			result.directStatements = statements(driver, 5, (i) -> {
				try (Session session = driver.session()) {
					claimed[0] += operation.direct(session, operation.variables(i));
				}
			});
			result.directClaimed = claimed[0] / 5.0;
		}
		// One request at a time, GraphQL and direct alternating on the same variables, so both see the same load.
		Timings graphQl = new Timings();
		Timings direct = new Timings();
		long deadline = System.nanoTime() + (long) (SEQUENTIAL_SECONDS * 1e9);
		try (Session session = driver.session()) {
			for (int i = 0; i < 400 && System.nanoTime() < deadline; i++) {
				long started = System.nanoTime();
				String error = operation.send(http, i);
				if (error == null) {
					graphQl.add(System.nanoTime() - started);
				}
				else {
					graphQl.error(error);
				}
				if (operation.hasDirect()) {
					started = System.nanoTime();
					operation.direct(session, operation.variables(i));
					direct.add(System.nanoTime() - started);
				}
			}
		}
		result.sequentialGraphQl = graphQl;
		result.sequentialDirect = direct;
		result.concurrentGraphQl = Timings.closedLoop(CONCURRENCY, PHASE_SECONDS, 100_000,
				(i) -> operation.send(http, i));
		if (operation.hasDirect()) {
			result.concurrentDirect = Timings.closedLoop(CONCURRENCY, PHASE_SECONDS, 100_000, (i) -> {
				try (Session session = driver.session()) {
					operation.direct(session, operation.variables(i));
				}
				return null;
			});
		}
		log(size, operation.name + ": statements " + result.graphQlStatements + "/" + result.directStatements + ", seq "
				+ graphQl + " | " + direct + ", @" + CONCURRENCY + " " + result.concurrentGraphQl + " | " + result.concurrentDirect);
		return result;
	}

	private static String expectOk(String error) {
		if (error != null) {
			throw new IllegalStateException(error);
		}
		return null;
	}

	interface Repeated {

		void run(int sequence) throws Exception;

	}

	/**
	 * Statements the database ran per repetition, counted by the database itself: its query collector
	 * (db.stats, in Community) records every statement it executes, from any client, with an invocation count.
	 * Nothing else talks to the database meanwhile (the readiness probe is not polled during the run).
	 */
	private static double statements(Driver driver, int repetitions, Repeated work) throws Exception {
		try (Session session = driver.session()) {
			session.run("CALL db.stats.stop('QUERIES')").consume();
			session.run("CALL db.stats.clear('QUERIES')").consume();
			session.run("CALL db.stats.collect('QUERIES')").consume();
		}
		for (int i = 0; i < repetitions; i++) {
			work.run(i);
		}
		try (Session session = driver.session()) {
			session.run("CALL db.stats.stop('QUERIES')").consume();
			long count = session.run("""
					CALL db.stats.retrieve('QUERIES') YIELD data
					WITH data WHERE NOT data.query CONTAINS 'db.stats'
					RETURN sum(data.invocationSummary.invocationCount) AS n""").single().get("n").asLong();
			return count / (double) repetitions;
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Search recall

	/**
	 * recall@10 of the vector index against exact cosine over the same stored vectors, for search texts and
	 * entity names as queries, embedded as the service embeds a query. The index is asked first; the stored
	 * vectors are then read once, page by page, each scored against every query (a million vectors at L would
	 * not fit the harness's heap), keeping each query's exact ten and the scores of the ids the index returned.
	 */
	private static Recall recall(Driver driver, SearchCypher search) {
		List<String> queries;
		try (Session session = driver.session()) {
			queries = recallQueries(session);
		}
		List<List<String>> ann10 = new ArrayList<>();
		List<List<String>> asSearched = new ArrayList<>();
		List<ExactTop> exact = new ArrayList<>();
		try (Session session = driver.session()) {
			for (String query : queries) {
				float[] q = normalised(search.queryVector(query));
				ann10.add(session.run("""
						CALL db.index.vector.queryNodes('entity_embedding', 10, $v) YIELD node RETURN node.id AS id""",
						Map.of("v", q)).list((row) -> row.get("id").asString()));
				asSearched.add(meaningRanking(session, search, query, null).stream().limit(10).map(Map.Entry::getKey).toList());
				exact.add(new ExactTop(q, ann10.getLast()));
			}
		}
		int vectors;
		try (Session session = driver.session()) {
			vectors = forEachStoredVector(session, (id, unit) -> {
				for (ExactTop top : exact) {
					top.offer(id, dot(top.query, unit));
				}
			});
		}
		Recall recall = new Recall();
		for (int q = 0; q < queries.size(); q++) {
			ExactTop top = exact.get(q);
			Set<String> exactTen = top.ids();
			recall.add(hits(ann10.get(q), exactTen), top.tieHits(), hits(asSearched.get(q), exactTen));
		}
		recall.vectors = vectors;
		return recall;
	}

	/**
	 * A search's ranking by meaning, ids and the index's scores, as the service's hybrid statement draws it for the
	 * query (the index's candidates and the word candidates it missed), without the filter to kinds: the exact ten
	 * it is compared with are over every stored vector. {@code candidates} null draws as the service does.
	 */
	static List<Map.Entry<String, Double>> meaningRanking(Session session, SearchCypher search, String query,
			Integer candidates) {
		Map<String, Object> parameters = new HashMap<>(search.parameters(query, null, 10));
		parameters.put("labels", null);
		if (candidates != null) {
			parameters.put("candidates", candidates);
		}
		String statement = parameters.containsKey("query") ? SearchCypher.HYBRID : SearchCypher.HYBRID_WITHOUT_WORDS;
		return session.run(statement, parameters).single().get("byMeaning")
			.asList((candidate) -> Map.entry(candidate.get("n").get("id").asString(), candidate.get("score").asDouble()));
	}

	/** One query's exact ten over the vectors read so far, and the exact scores of the ids the index returned. */
	static final class ExactTop {

		final float[] query;

		private final Set<String> returned;

		private final Map<String, Double> returnedScores = new HashMap<>();

		private final PriorityQueue<Map.Entry<String, Double>> best = new PriorityQueue<>(Map.Entry.comparingByValue());

		ExactTop(float[] query, List<String> returnedByIndex) {
			this.query = query;
			this.returned = new HashSet<>(returnedByIndex);
		}

		void offer(String id, double score) {
			if (this.returned.contains(id)) {
				this.returnedScores.put(id, score);
			}
			if (this.best.size() < 10 || score > this.best.peek().getValue()) {
				this.best.add(Map.entry(id, score));
				if (this.best.size() > 10) {
					this.best.poll();
				}
			}
		}

		Set<String> ids() {
			Set<String> ids = new HashSet<>();
			this.best.forEach((entry) -> ids.add(entry.getKey()));
			return ids;
		}

		double tenth() {
			return this.best.peek().getValue();
		}

		/**
		 * Hits counting any whose exact cosine ties the tenth best (synthetic texts repeat, so ties are common). An
		 * entity the index returns but the exact pass did not read (embedded since, while the job runs) is no hit.
		 */
		int tieHits() {
			double tenth = this.best.peek().getValue();
			return (int) this.returnedScores.values().stream().filter((score) -> score >= tenth - 1e-6).count();
		}

	}

	/** The recall's query texts: the contract's search texts and 60 entity names spread over the ids. */
	static List<String> recallQueries(Session session) {
		List<String> queries = new ArrayList<>(ContractBench.SEARCH_TEXTS);
		queries.addAll(session.run("""
				MATCH (n:Entity) WHERE n.name IS NOT NULL
				WITH n ORDER BY n.id
				WITH collect(n.name) AS names
				UNWIND range(0, 59) AS i
				RETURN names[toInteger(i * size(names) / 60)] AS name""").list((row) -> row.get("name").asString()
			.replaceAll("\\d+$", "")));
		return queries;
	}

	/**
	 * Reads every stored vector once, in pages by id, and gives each to {@code consumer} with its entity's id, as a
	 * unit vector; returns how many were read.
	 */
	static int forEachStoredVector(Session session, java.util.function.BiConsumer<String, float[]> consumer) {
		int vectors = 0;
		String after = "";
		while (true) {
			List<Record> page = session.run("""
					MATCH (n:Entity) WHERE n.id > $after AND n.embedding IS NOT NULL
					RETURN n.id AS id, n.embedding AS v ORDER BY n.id LIMIT 2000""", Map.of("after", after)).list();
			if (page.isEmpty()) {
				return vectors;
			}
			for (Record row : page) {
				List<Float> values = row.get("v").asList(Value::asFloat);
				float[] vector = new float[values.size()];
				for (int i = 0; i < vector.length; i++) {
					vector[i] = values.get(i);
				}
				consumer.accept(row.get("id").asString(), normalised(vector));
			}
			vectors += page.size();
			after = page.getLast().get("id").asString();
		}
	}

	private static int hits(List<String> found, Set<String> exact) {
		return (int) found.stream().limit(10).filter(exact::contains).count();
	}

	static float[] normalised(float[] vector) {
		double norm = Math.sqrt(dot(vector, vector));
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / norm);
		}
		return unit;
	}

	static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Load run

	/**
	 * Every contract operation in turn from {@link #LOAD_CONCURRENCY} clients for {@link #LOAD_SECONDS} seconds
	 * on loopback; any non-200 answer, GraphQL error or payload error counts as an error.
	 */
	private static LoadResult load(List<ContractBench> operations, ContractBench.Http http) {
		LoadResult result = new LoadResult();
		Map<String, Timings> byOperation = new LinkedHashMap<>();
		operations.forEach((operation) -> byOperation.put(operation.name, new Timings()));
		result.total = Timings.closedLoop(LOAD_CONCURRENCY, LOAD_SECONDS, Integer.MAX_VALUE, (i) -> {
			ContractBench operation = operations.get(i % operations.size());
			long started = System.nanoTime();
			String error;
			try {
				error = operation.send(http, i / operations.size());
			}
			catch (IOException ex) {
				error = operation.name + ": " + ex.getMessage();
			}
			if (error == null) {
				byOperation.get(operation.name).add(System.nanoTime() - started);
			}
			else {
				byOperation.get(operation.name).error(error);
			}
			return error;
		});
		result.byOperation = byOperation;
		return result;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Results

	static final class OperationResult {

		final String name;

		double graphQlStatements;

		double directStatements = Double.NaN;

		double directClaimed = Double.NaN;

		Timings sequentialGraphQl;

		Timings sequentialDirect;

		Timings concurrentGraphQl;

		Timings concurrentDirect;

		OperationResult(String name) {
			this.name = name;
		}

		double ratio() {
			return this.sequentialGraphQl.p50() / this.sequentialDirect.p50();
		}

	}

	static final class Recall {

		int queries;

		int vectors;

		long strict;

		long withTies;

		long asSearched;

		void add(int strictHits, int tieHits, int hitsAsSearched) {
			this.queries++;
			this.strict += strictHits;
			this.withTies += tieHits;
			this.asSearched += hitsAsSearched;
		}

		double strict() {
			return this.strict / (10.0 * this.queries);
		}

		double withTies() {
			return this.withTies / (10.0 * this.queries);
		}

		double asSearched() {
			return this.asSearched / (10.0 * this.queries);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.3f strict, %.3f with ties, %.3f as search ranks by meaning (%d queries)", strict(),
					withTies(), asSearched(), this.queries);
		}

		/** The paragraph of a results page. */
		String markdown() {
			return String.format(Locale.ROOT,
					"Search recall@10 of the vector index (`db.index.vector.queryNodes`, k = 10) against exact cosine over the same %,d stored vectors, %d queries: "
							+ "**%.3f** (%.3f counting exact ties at the tenth place); **%.3f** for the first ten of search's ranking by meaning (the index's candidates and the word candidates it missed, as the hybrid statement draws them).%n%n",
					this.vectors, this.queries, strict(), withTies(), asSearched());
		}

	}

	static final class LoadResult {

		Timings total;

		Map<String, Timings> byOperation;

		/** The paragraph and the per-operation table of a results page. */
		String markdown() {
			StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
					"Load run: the %d contract operations in turn from %d clients for %d s on loopback: %,d requests, %.1f req/s, "
							+ "p50 **%.1f ms**, p99 **%.1f ms**, errors **%d**%s.%n%n",
					this.byOperation.size(), LOAD_CONCURRENCY, LOAD_SECONDS, this.total.count() + this.total.errors(),
					this.total.throughput(), this.total.p50(), this.total.p99(), this.total.errors(),
					(this.total.firstError() == null) ? "" : " (first: `" + this.total.firstError().replace("|", "\\|") + "`)"));
			md.append("| operation under load | requests | p50 ms | p99 ms |\n|---|---|---|---|\n");
			this.byOperation.forEach((name, t) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", name,
					t.count() + t.errors(), t.p50(), t.p99())));
			return md.toString();
		}

	}

	final class Result {

		final String size;

		final int nodes;

		final long ties;

		final int batches;

		final double generateSeconds;

		String started;

		/** Set when this run measured a graph an earlier run loaded: when, and the load average then. */
		String reusedAt;

		String reusedLoad;

		String loadBefore;

		String loadAfter;

		long firstStartMillis;

		double importSeconds;

		double embedSeconds;

		long importPeakRss;

		long startMillis;

		long readyRss;

		long endRss;

		long peakRss;

		double bareRate;

		double bareRateAfterImport;

		String loadAfterImport;

		final List<OperationResult> operations = new ArrayList<>();

		Recall recall;

		LoadResult load;

		Result(String size, int nodes, long ties, int batches, double generateSeconds) {
			this.size = size;
			this.nodes = nodes;
			this.ties = ties;
			this.batches = batches;
			this.generateSeconds = generateSeconds;
		}

		void save(Path file) throws IOException {
			java.util.Properties p = new java.util.Properties();
			p.setProperty("size", this.size);
			p.setProperty("nodes", Integer.toString(this.nodes));
			p.setProperty("ties", Long.toString(this.ties));
			p.setProperty("batches", Integer.toString(this.batches));
			p.setProperty("generateSeconds", Double.toString(this.generateSeconds));
			p.setProperty("started", this.started);
			p.setProperty("loadBefore", this.loadBefore);
			p.setProperty("firstStartMillis", Long.toString(this.firstStartMillis));
			p.setProperty("importSeconds", Double.toString(this.importSeconds));
			p.setProperty("embedSeconds", Double.toString(this.embedSeconds));
			p.setProperty("importPeakRss", Long.toString(this.importPeakRss));
			p.setProperty("bareRateAfterImport", Double.toString(this.bareRateAfterImport));
			p.setProperty("loadAfterImport", this.loadAfterImport);
			try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				p.store(out, "loading figures of this size's last load");
			}
		}

		static Result restore(BenchHarness harness, Path file) throws IOException {
			java.util.Properties p = new java.util.Properties();
			try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			}
			Result result = harness.new Result(p.getProperty("size"), Integer.parseInt(p.getProperty("nodes")),
					Long.parseLong(p.getProperty("ties")), Integer.parseInt(p.getProperty("batches")),
					Double.parseDouble(p.getProperty("generateSeconds")));
			result.started = p.getProperty("started");
			result.loadBefore = p.getProperty("loadBefore");
			result.firstStartMillis = Long.parseLong(p.getProperty("firstStartMillis"));
			result.importSeconds = Double.parseDouble(p.getProperty("importSeconds"));
			result.embedSeconds = Double.parseDouble(p.getProperty("embedSeconds"));
			result.importPeakRss = Long.parseLong(p.getProperty("importPeakRss"));
			result.bareRateAfterImport = Double.parseDouble(p.getProperty("bareRateAfterImport", "NaN"));
			result.loadAfterImport = p.getProperty("loadAfterImport", "?");
			return result;
		}

		OperationResult operation(String name) {
			return this.operations.stream().filter((o) -> o.name.equals(name)).findFirst().orElseThrow();
		}

		String markdown() {
			StringBuilder md = new StringBuilder();
			double loadRate = this.nodes / this.importSeconds;
			md.append(String.format(Locale.ROOT, "### Size %s: %,d nodes, %,d ties%n%n", this.size, this.nodes, this.ties));
			if (this.reusedAt == null) {
				md.append(String.format(Locale.ROOT, "Command `%s`, run started %s; load average (1, 5, 15 min) before: %s, after: %s.%n%n",
						BenchHarness.this.command, this.started, this.loadBefore, this.loadAfter));
			}
			else {
				md.append(String.format(Locale.ROOT, "Generation, first start and import: the run started %s (load average before: %s). "
						+ "Everything else measured again on that graph by `%s` with `-Dbench.reuse-loaded=true`, started %s; "
						+ "load average before: %s, after: %s.%n%n", this.started, this.loadBefore, BenchHarness.this.command,
						this.reusedAt, this.reusedLoad, this.loadAfter));
			}
			md.append("| phase | figure |\n|---|---|\n");
			md.append(String.format(Locale.ROOT, "| generate (`bench/GenerateEcosystem.java %s`) | %.1f s, %d batch(es) |%n", this.size,
					this.generateSeconds, this.batches));
			md.append(String.format(Locale.ROOT, "| first start on an empty data directory, to ready | %.1f s |%n",
					this.firstStartMillis / 1000.0));
			md.append(String.format(Locale.ROOT,
					"| import through `POST /admin/import`, batch after batch, including embeddings | %.0f s: **%.1f nodes/s** |%n",
					this.importSeconds, loadRate));
			md.append(String.format(Locale.ROOT, "| of which embedding (the service's own log) | %.0f s (%.1f entities/s) |%n",
					this.embedSeconds, this.nodes / Math.max(0.001, this.embedSeconds)));
			md.append(String.format(Locale.ROOT,
					"| bare model on the same texts (up to %,d sampled, batches of 64, same model, service idle): right after the import (load average then %s) / before the operations | **%.1f** / %.1f texts/s |%n",
					BARE_SAMPLE, this.loadAfterImport, this.bareRateAfterImport, this.bareRate));
			md.append(String.format(Locale.ROOT, "| loading / bare embedding (right after the import) | **%.2f×** |%n",
					loadRate / this.bareRateAfterImport));
			md.append(String.format(Locale.ROOT, "| restart with the loaded graph, to ready (`/actuator/health/readiness`) | **%.1f s** |%n",
					this.startMillis / 1000.0));
			md.append(String.format(Locale.ROOT,
					"| resident memory (`-Xmx2g`, page cache %s): after restart / after the runs / peak of the measured process / peak while importing | %d / %d / %d / %d MiB |%n%n",
					PAGE_CACHE, this.readyRss, this.endRss, this.peakRss, this.importPeakRss));
			md.append(String.format(Locale.ROOT,
					"Operations: one request at a time (GraphQL and direct alternating, same variables), then %d clients for %.0f s each. "
							+ "*Statements* are counted by the database (db.stats query collector) per request: GraphQL / direct.%n%n",
					CONCURRENCY, PHASE_SECONDS));
			md.append("| operation | statements | GraphQL p50 / p99 ms | direct p50 / p99 ms | **ratio p50** | GraphQL @" + CONCURRENCY
					+ ": p50 / p99 ms, req/s | direct @" + CONCURRENCY + ": p50 / p99 ms, req/s |\n|---|---|---|---|---|---|---|\n");
			for (OperationResult o : this.operations) {
				boolean direct = !Double.isNaN(o.directStatements);
				md.append(String.format(Locale.ROOT, "| %s | %s | %.1f / %.1f | %s | %s | %.1f / %.1f, %.0f | %s |%n", o.name,
						direct ? fmt(o.graphQlStatements) + " / " + fmt(o.directStatements) : fmt(o.graphQlStatements) + " / –",
						o.sequentialGraphQl.p50(), o.sequentialGraphQl.p99(),
						direct ? String.format(Locale.ROOT, "%.1f / %.1f", o.sequentialDirect.p50(), o.sequentialDirect.p99()) : "–",
						direct ? String.format(Locale.ROOT, "**%.2f×**", o.ratio()) : "–",
						o.concurrentGraphQl.p50(), o.concurrentGraphQl.p99(), o.concurrentGraphQl.throughput(),
						direct ? String.format(Locale.ROOT, "%.1f / %.1f, %.0f", o.concurrentDirect.p50(), o.concurrentDirect.p99(),
								o.concurrentDirect.throughput()) : "–"));
			}
			long errors = this.operations.stream().mapToLong((o) -> o.sequentialGraphQl.errors() + o.concurrentGraphQl.errors()).sum();
			md.append(String.format(Locale.ROOT, "%nErrors during these runs: %d.%n%n", errors));
			md.append(this.recall.markdown());
			md.append(this.load.markdown());
			md.append('\n').append(targets(loadRate));
			return md.toString();
		}

		private String targets(double loadRate) {
			StringBuilder md = new StringBuilder();
			md.append("Targets (set for size M):\n\n| target | measured at " + this.size + " | |\n|---|---|---|\n");
			for (String name : List.of("ChainCoverage", "CoverageGaps", "TestBases", "Entity", "PartnerPaths", "BridgingBrokers")) {
				OperationResult o = operation(name);
				md.append(target("GraphQL p50 ≤ 1.2× direct: " + name, o.ratio(), 1.2, "%.2f×"));
			}
			md.append(target("coverage gaps p50 < 100 ms", operation("CoverageGaps").sequentialGraphQl.p50(), 100, "%.1f ms"));
			md.append(target("chain coverage p50 < 100 ms", operation("ChainCoverage").sequentialGraphQl.p50(), 100, "%.1f ms"));
			md.append(target("partner paths (≤ 4 hops) p50 < 100 ms", operation("PartnerPaths").sequentialGraphQl.p50(), 100, "%.1f ms"));
			md.append(target("search p50 < 30 ms including embedding", operation("Search").sequentialGraphQl.p50(), 30, "%.1f ms"));
			md.append(String.format(Locale.ROOT, "| search recall@10 ≥ 0.95, as search ranks by meaning | %.3f (the index alone, k = 10: %.3f) | %s |%n",
					this.recall.asSearched(), this.recall.strict(), (this.recall.asSearched() >= 0.95) ? "met"
							: String.format(Locale.ROOT, "**missed** by %.3f", 0.95 - this.recall.asSearched())));
			double ratio = loadRate / this.bareRateAfterImport;
			md.append(String.format(Locale.ROOT, "| loading ≥ 0.8× bare embedding | %.2f× | %s |%n", ratio,
					(ratio >= 0.8) ? "met" : String.format(Locale.ROOT, "**missed**: %.0f%% of the target", 100 * ratio / 0.8)));
			md.append(target("start-up to ready < 20 s (target at S)", this.startMillis / 1000.0, 20, "%.1f s"));
			md.append(String.format(Locale.ROOT, "| runs with a 2 GiB heap (`-Xmx2g`) | import, runs and load completed; peak RSS %d MiB | %s |%n%n",
					Math.max(this.peakRss, this.importPeakRss), "met"));
			return md.toString();
		}

		private static String target(String what, double value, double limit, String format) {
			String shown = String.format(Locale.ROOT, format, value);
			String verdict = (value <= limit) ? "met"
					: String.format(Locale.ROOT, "**missed** by %.0f%%", 100 * (value - limit) / limit);
			return "| " + what + " | " + shown + " | " + verdict + " |\n";
		}

		private static String fmt(double statements) {
			return (statements == Math.rint(statements)) ? String.valueOf((long) statements)
					: String.format(Locale.ROOT, "%.1f", statements);
		}

	}

	// ---------------------------------------------------------------------------------------------------------
	// The document

	/** Rewrites the text between the markers of docs/benchmarks.md from every size's results; the rest stays. */
	private void assemble() throws IOException {
		StringBuilder section = new StringBuilder();
		section.append(BEGIN).append("\n\n");
		section.append("Generated by the harness; do not edit by hand between the markers.\n\n");
		section.append("Machine: ").append(machine()).append("\n\n");
		for (String size : List.of("S", "M", "L")) {
			Path results = this.work.resolve(size).resolve("results.md");
			if (Files.isRegularFile(results)) {
				section.append(Files.readString(results, StandardCharsets.UTF_8)).append('\n');
			}
		}
		section.append(END);
		String text = Files.isRegularFile(this.doc) ? Files.readString(this.doc, StandardCharsets.UTF_8) : "# Benchmarks\n";
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		String updated = (begin >= 0 && end > begin) ? text.substring(0, begin) + section + text.substring(end + END.length())
				: text.stripTrailing() + "\n\n" + section + "\n";
		Files.writeString(this.doc, updated, StandardCharsets.UTF_8);
	}

	private static String machine() throws IOException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter((l) -> l.startsWith("model name"))
			.findFirst().map((l) -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
		long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter((l) -> l.startsWith("MemTotal"))
			.findFirst().map((l) -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
		return String.format(Locale.ROOT, "%d cores (`nproc`), %s, %.1f GiB memory, %s %s (%s), %s %s",
				Runtime.getRuntime().availableProcessors(), cpu, memKb / 1024.0 / 1024.0, System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
				System.getProperty("os.version"));
	}

	private static String loadAverage() throws IOException {
		String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return parts[0] + ", " + parts[1] + ", " + parts[2];
	}

	private static void log(String size, String message) {
		System.out.println("[bench " + size + " " + java.time.LocalTime.now().withNano(0) + "] " + message);
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
