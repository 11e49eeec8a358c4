package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.SeededGraphTest;
import city.quanzhou.pilotgraph.search.EvaluationSet.Query;

/**
 * Not a test: measures, on this machine, hybrid query latency (embedding the query included) over the
 * evaluation queries, and embedding throughput as the seed load does it (read texts, embed in batches of
 * 64, store). Runs only on demand: {@code mvn -q test -Dtest=SearchBenchmark -Dpilotgraph.bench=true}.
 * Re-embedding writes the same vectors again, so the shared seeded graph is unchanged.
 */
@EnabledIfSystemProperty(named = "pilotgraph.bench", matches = "true")
class SearchBenchmark extends SeededGraphTest {

	private static final int ROUNDS = 5;

	@Autowired
	SearchService search;

	@Autowired
	EntityEmbeddings embeddings;

	@Test
	void measure() {
		List<Query> queries = EvaluationSet.queries();
		for (Query query : queries) {
			this.search.search(query.request());
		}
		List<Double> millis = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			for (Query query : queries) {
				long started = System.nanoTime();
				this.search.search(query.request());
				millis.add((System.nanoTime() - started) / 1e6);
			}
		}
		Collections.sort(millis);
		long started = System.nanoTime();
		int count = this.embeddings.reembedAll((done) -> {
		});
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("%n=== Search benchmark (%d processors) ===%nhybrid query latency over %d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
				+ "embedding throughput: %d entities in %.1f s = %.1f entities/s%n",
				Runtime.getRuntime().availableProcessors(), millis.size(), percentile(millis, 50), percentile(millis, 99),
				millis.getLast(), count, seconds, count / seconds);
	}

	private static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

}
