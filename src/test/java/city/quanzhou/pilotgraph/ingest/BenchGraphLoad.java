package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Loads generated benchmark batches ({@code bench/GenerateEcosystem.java}) into a running service's database with
 * the import's own reader (validation against the files and the graph) and writer, but without the model: every
 * entity gets a random 512-float vector as its embedding instead (stored as the service stores one, so nodes are
 * as large as after a real import and the vector index is filled).
 * <p>
 * For read benchmarks on a shared machine only, where embedding 100,000 entities would take hours: search
 * results on such a graph mean nothing. Not a test; run with the test classpath:
 * {@code java -cp ... city.quanzhou.pilotgraph.ingest.BenchGraphLoad bolt://127.0.0.1:7687 /tmp/m}
 */
public final class BenchGraphLoad {

	private static final String RANDOM_VECTORS = """
			MATCH (n:Entity) WHERE n.embedding IS NULL
			WITH n LIMIT 2000
			CALL db.create.setNodeVectorProperty(n, 'embedding', [i IN range(1, 512) | toFloat(rand() - 0.5)])
			RETURN count(n) AS n
			""";

	private BenchGraphLoad() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: BenchGraphLoad <bolt url> <directory of batch-NNN folders>");
			System.exit(2);
		}
		List<Path> batches;
		try (Stream<Path> listing = Files.list(Path.of(args[1]))) {
			batches = listing.filter(Files::isDirectory).sorted().toList();
		}
		try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none())) {
			GraphSessions sessions = GraphSessions.standalone(driver);
			long started = System.nanoTime();
			long rows = 0;
			for (Path batch : batches) {
				long batchStarted = System.nanoTime();
				Dataset dataset = new DatasetReader((name) -> open(batch.resolve(name)), new Neo4jGraphLookup(sessions)).read();
				DatasetWriter.Summary summary = new DatasetWriter(sessions, "bench").write(dataset, (written) -> {
				});
				rows += summary.rows();
				System.out.printf(Locale.ROOT, "%s: %d rows, %d created in %d ms%n", batch.getFileName(), summary.rows(),
						summary.created(), (System.nanoTime() - batchStarted) / 1_000_000);
			}
			System.out.printf(Locale.ROOT, "graph written: %d rows in %.0f s%n", rows, (System.nanoTime() - started) / 1e9);
			long vectors = 0;
			try (Session session = driver.session()) {
				while (true) {
					long n = session.executeWrite((tx) -> tx.run(RANDOM_VECTORS, Map.of()).single().get("n").asLong());
					if (n == 0) {
						break;
					}
					vectors += n;
				}
			}
			System.out.printf(Locale.ROOT, "random embeddings: %d; total %.0f s%n", vectors, (System.nanoTime() - started) / 1e9);
		}
	}

	private static Optional<InputStream> open(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.newInputStream(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
