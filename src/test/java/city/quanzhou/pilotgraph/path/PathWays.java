package city.quanzhou.pilotgraph.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * On-demand benchmark, not a test: the two ways of the partner-path search ({@link PathQueries#partnerPaths}),
 * side by side on a loaded graph. Draws result–enterprise pairs within three real hops as the contract benchmark
 * does (same seed), runs the statement for each pair breadth-first ({@code enumerateUpTo} 0) and as the service
 * runs it, checks that both give the same paths, and prints each way's time per pair, the slowest pairs and the
 * medians.
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *   city.quanzhou.pilotgraph.path.PathWays bolt://127.0.0.1:7687 [maxHops=4] [pairs=80]
 * </pre>
 */
public final class PathWays {

	private PathWays() {
	}

	public static void main(String[] args) {
		int maxHops = (args.length > 1) ? Integer.parseInt(args[1]) : 4;
		int count = (args.length > 2) ? Integer.parseInt(args[2]) : 80;
		String statement = PathQueries.partnerPaths(maxHops, EntityProjection.ID_ONLY);
		List<long[]> times = new ArrayList<>();
		List<String> names = new ArrayList<>();
		int differing = 0;
		try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none()); Session session = driver.session()) {
			for (String[] pair : pairs(session, count)) {
				Map<String, Object> parameters = PathService.partnerPathParameters(PathOptions.NONE, pair[0], pair[1], 5);
				long[] nanos = new long[2];
				List<List<Object>> answers = new ArrayList<>();
				for (int way = 0; way < 2; way++) {
					parameters.put("enumerateUpTo", (way == 0) ? 0 : PathQueries.ENUMERATE_UP_TO_TIES);
					long started = System.nanoTime();
					answers.add(session.run(statement, parameters).list((row) -> row.get("path").asObject()));
					nanos[way] = System.nanoTime() - started;
				}
				if (!answers.get(0).equals(answers.get(1))) {
					differing++;
					System.out.println("DIFFERENT ANSWERS " + pair[0] + " " + pair[1]);
				}
				times.add(nanos);
				names.add(pair[0] + " " + pair[1]);
			}
		}
		List<Integer> slowest = new ArrayList<>();
		for (int i = 0; i < times.size(); i++) {
			slowest.add(i);
		}
		slowest.sort(Comparator.comparingLong((Integer i) -> Math.max(times.get(i)[0], times.get(i)[1])).reversed());
		System.out.println("pair | breadth-first ms | as the service runs it ms");
		for (int i : slowest.subList(0, Math.min(8, slowest.size()))) {
			System.out.printf(Locale.ROOT, "%s | %.1f | %.1f%n", names.get(i), times.get(i)[0] / 1e6, times.get(i)[1] / 1e6);
		}
		System.out.printf(Locale.ROOT, "%d pairs within %d hops, %d with different answers; median %.1f ms breadth-first, %.1f ms as run; sum %.0f and %.0f ms%n",
				times.size(), maxHops, differing, median(times, 0), median(times, 1), sum(times, 0), sum(times, 1));
	}

	/** Results with an enterprise within three real hops, and one such enterprise each (as ContractBench). */
	private static List<String[]> pairs(Session session, int count) {
		List<String> results = session.run("MATCH (r:Result) RETURN r.id AS id ORDER BY id").list((row) -> row.get("id").asString());
		Random random = new Random(20261128L);
		List<String[]> pairs = new ArrayList<>();
		for (int attempts = 0; pairs.size() < count && attempts < count * 20; attempts++) {
			String from = results.get(random.nextInt(results.size()));
			List<Record> found = session.run("""
					MATCH (r:Result {id: $id})-[:%s*1..3]-(e:Enterprise)
					WITH DISTINCT e LIMIT 100
					RETURN e.id AS id ORDER BY id""".formatted(RealTies.PATTERN), Map.of("id", from),
					TransactionConfig.empty()).list();
			if (!found.isEmpty()) {
				pairs.add(new String[] { from, found.get(random.nextInt(found.size())).get("id").asString() });
			}
		}
		return pairs;
	}

	private static double median(List<long[]> times, int way) {
		return times.stream().mapToLong((t) -> t[way]).sorted().skip(times.size() / 2).findFirst().orElse(0) / 1e6;
	}

	private static double sum(List<long[]> times, int way) {
		return times.stream().mapToLong((t) -> t[way]).sum() / 1e6;
	}

}
