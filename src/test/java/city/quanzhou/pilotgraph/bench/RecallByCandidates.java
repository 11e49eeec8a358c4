package city.quanzhou.pilotgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.search.SearchCypher;

/**
 * On demand, against a running service's database: how the vector index's recall@10 and its time grow with the
 * candidates a query asks it for (k), over the harness's queries (the contract's search texts and 60 entity names).
 * For each k, the top ten of the index's answer are compared with the exact ten by cosine over every stored vector.
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *   city.quanzhou.pilotgraph.bench.RecallByCandidates bolt://127.0.0.1:7687 100 150 200 300
 * </pre>
 */
public final class RecallByCandidates {

	/** ann-benchmarks' tolerance: a hit counts when its distance is within 1e-3 of the true tenth's. */
	private static final double NEAR = 1e-3;

	/**
	 * {@code -Drecall.as-searched=true}: search's ranking by meaning as the hybrid statement draws it, k candidates
	 * from the vector index and the word candidates it missed, instead of the index's answer alone.
	 */
	private static final boolean AS_SEARCHED = Boolean.getBoolean("recall.as-searched");

	private RecallByCandidates() {
	}

	public static void main(String[] args) throws Exception {
		int[] ks = (args.length > 1) ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
				: new int[] { 100, 200 };
		SearchCypher search = new SearchCypher();
		try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none()); Session session = driver.session()) {
			List<String> texts = BenchHarness.recallQueries(session);
			List<float[]> queries = texts.stream()
				.map((text) -> BenchHarness.normalised(search.queryVector(text)))
				.toList();
			List<List<List<String>>> found = new ArrayList<>();
			List<List<double[]>> cosines = new ArrayList<>();
			List<double[]> millis = new ArrayList<>();
			for (int k : ks) {
				List<List<String>> tops = new ArrayList<>();
				List<double[]> tenCosines = new ArrayList<>();
				double[] times = new double[queries.size()];
				for (int round = 0; round < 2; round++) {
					tops.clear();
					tenCosines.clear();
					for (int q = 0; q < queries.size(); q++) {
						long started = System.nanoTime();
						List<Map.Entry<String, Double>> rows = AS_SEARCHED ? BenchHarness.meaningRanking(session, search, texts.get(q), k)
								: session.run("""
										CALL db.index.vector.queryNodes('entity_embedding', $k, $v) YIELD node, score
										RETURN node.id AS id, score""", Map.of("k", k, "v", queries.get(q)))
									.list((row) -> Map.entry(row.get("id").asString(), row.get("score").asDouble()));
						times[q] = (System.nanoTime() - started) / 1e6;
						tops.add(rows.subList(0, 10).stream().map(Map.Entry::getKey).toList());
						// the index reports (1 + cos) / 2
						tenCosines.add(rows.subList(0, 10).stream().mapToDouble((row) -> 2 * row.getValue() - 1).toArray());
					}
				}
				found.add(List.copyOf(tops));
				cosines.add(List.copyOf(tenCosines));
				millis.add(times);
			}
			List<BenchHarness.ExactTop> exact = queries.stream().map((q) -> new BenchHarness.ExactTop(q, List.of())).toList();
			int vectors = BenchHarness.forEachStoredVector(session, (id, unit) -> {
				for (BenchHarness.ExactTop top : exact) {
					top.offer(id, BenchHarness.dot(top.query, unit));
				}
			});
			System.out.printf(Locale.ROOT, "%,d stored vectors, %d queries%n", vectors, queries.size());
			for (int i = 0; i < ks.length; i++) {
				int hits = 0;
				int near = 0;
				double worstGap = 0;
				for (int q = 0; q < queries.size(); q++) {
					Set<String> ten = exact.get(q).ids();
					hits += (int) found.get(i).get(q).stream().filter(ten::contains).count();
					double tenth = exact.get(q).tenth();
					near += (int) Arrays.stream(cosines.get(i).get(q)).filter((cos) -> cos >= tenth - NEAR).count();
					worstGap = Math.max(worstGap, tenth - cosines.get(i).get(q)[9]);
					if (Boolean.getBoolean("recall.verbose")) {
						long own = found.get(i).get(q).stream().filter(ten::contains).count();
						if (own < 10) {
							System.out.printf(Locale.ROOT, "  k=%d %s: %d of 10, exact tenth %.4f, index's first %.4f tenth %.4f%n", ks[i],
									texts.get(q), own, tenth, cosines.get(i).get(q)[0], cosines.get(i).get(q)[9]);
						}
					}
				}
				double[] sorted = millis.get(i).clone();
				Arrays.sort(sorted);
				System.out.printf(Locale.ROOT,
						"k = %d: recall@10 %.3f (%.3f within %.0e of the exact tenth's cosine; the index's tenth at most %.4f below it), index call p50 %.1f ms, p90 %.1f ms%n",
						ks[i], hits / (10.0 * queries.size()), near / (10.0 * queries.size()), NEAR, worstGap,
						sorted[sorted.length / 2], sorted[sorted.length * 9 / 10]);
			}
		}
	}

}
