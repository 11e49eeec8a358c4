package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ResultSummary;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/**
 * On demand, against a loaded graph: where a search's time goes below the request path. For the texts of
 * {@code bench/profile/search-warm.sh}, times the query's embedding, the hybrid statement as the contract's Search
 * sends it (at the client, and in the database by its own summary), the same statement returning only how many
 * candidates each ranking kept (what reading and sending the candidates costs), and statements that do nothing,
 * with and without the search's parameters (the round trip, and the query vector's transfer). This client's own JVM
 * needs about a hundred rounds before its figures settle.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     city.quanzhou.pilotgraph.search.SearchWays bolt://127.0.0.1:17696 [rounds, default 100]</pre>
 */
public final class SearchWays {

	static final List<String> TEXTS = List.of("光刻胶中试", "新能源汽车电池", "Tianjin University", "中试基地", "碳化硅功率器件",
			"海洋生物医药", "智能制造", "纺织鞋服", "石墨烯", "氢能");

	private static final int UNTIMED_ROUNDS = 3;

	private final Map<String, List<Double>> times = new LinkedHashMap<>();

	public static void main(String[] args) {
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 100;
		new SearchWays().run(args[0], rounds);
	}

	private void run(String uri, int rounds) {
		SearchCypher cypher = new SearchCypher();
		String hybrid = SearchQueries.hybrid(SearchService.withRankingFields(EntityProjection.NAMED, false), true, false);
		String counts = hybrid.substring(0, hybrid.lastIndexOf("RETURN "))
				+ "RETURN size(byMeaning) AS byMeaning, size(byWords) AS byWords, size(exactNames) AS exactNames";
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none()); Session session = driver.session()) {
			for (int round = -UNTIMED_ROUNDS; round < rounds; round++) {
				boolean timed = round >= 0;
				for (String text : TEXTS) {
					long start = System.nanoTime();
					Map<String, Object> parameters = new HashMap<>(cypher.parameters(text, null, 10));
					record(timed, "parameters with the query's embedding", start);
					statement(timed, session, "hybrid statement", hybrid, parameters);
					statement(timed, session, "hybrid statement, counts returned", counts, parameters);
					statement(timed, session, "RETURN 1, the search's parameters", "RETURN 1", parameters);
					statement(timed, session, "RETURN 1", "RETURN 1", Map.of());
				}
			}
		}
		this.times.forEach((name, list) -> {
			Collections.sort(list);
			System.out.printf("%-48s p50 %6.2f ms  p90 %6.2f ms  (n=%d)%n", name, list.get(list.size() / 2),
					list.get(list.size() * 9 / 10), list.size());
		});
	}

	private void statement(boolean timed, Session session, String name, String cypher, Map<String, Object> parameters) {
		long start = System.nanoTime();
		Result result = session.run(cypher, parameters);
		result.list();
		record(timed, name, start);
		ResultSummary summary = result.consume();
		if (timed) {
			// the database's own figures, whole milliseconds
			this.times.computeIfAbsent(name + ", in the database", (key) -> new ArrayList<>())
				.add((double) (summary.resultAvailableAfter(TimeUnit.MILLISECONDS)
						+ summary.resultConsumedAfter(TimeUnit.MILLISECONDS)));
		}
	}

	private void record(boolean timed, String name, long start) {
		if (timed) {
			this.times.computeIfAbsent(name, (key) -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
		}
	}

}
