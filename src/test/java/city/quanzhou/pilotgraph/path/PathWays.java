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
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.bench.ContractBench;
import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * On-demand benchmark, not a test: the two ways of the partner-path search ({@link PathQueries#partnerPaths}),
 * side by side on a loaded graph. Draws result–enterprise pairs within three real hops by the contract benchmark's
 * own method and seed, from a fresh generator (so not the benchmark's own 40 pairs, drawn after its other pools),
 * runs the statement for each pair breadth-first ({@code enumerateUpTo} 0) and as the service runs it, checks that
 * both give the same paths, and prints each way's time per pair, the slowest pairs and the medians.
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
			List<String> results = session.run("MATCH (r:Result) RETURN r.id AS id ORDER BY id")
				.list((row) -> row.get("id").asString());
			for (Map<String, Object> pair : ContractBench.connectedPairs(driver, results, new Random(20261128L), count)) {
				String from = (String) pair.get("from");
				String to = (String) pair.get("to");
				Map<String, Object> parameters = PathService.partnerPathParameters(PathOptions.NONE, from, to, 5);
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
					System.out.println("DIFFERENT ANSWERS " + from + " " + to);
				}
				times.add(nanos);
				names.add(from + " " + to);
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

	private static double median(List<long[]> times, int way) {
		return times.stream().mapToLong((t) -> t[way]).sorted().skip(times.size() / 2).findFirst().orElse(0) / 1e6;
	}

	private static double sum(List<long[]> times, int way) {
		return times.stream().mapToLong((t) -> t[way]).sum() / 1e6;
	}

}
