package city.quanzhou.pilotgraph.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * The evaluation set in {@code src/test/resources/search-eval/}: search queries with the entities they
 * should find, and results with the bases they should be matched to. Written by reading the seed data,
 * not by running the system (see docs/search.md), and the metrics computed over it.
 */
final class EvaluationSet {

	static final int CUTOFF = 10;

	record Query(String category, String text, Set<String> expected, SearchRequest request) {
	}

	record Match(String resultId, Set<String> expected) {
	}

	/**
	 * Means over a list of queries: hit@1 and hit@3 (an expected entity first, or among the first three),
	 * recall@10, MRR and nDCG@10.
	 */
	record Scores(double hit1, double hit3, double recall, double mrr, double ndcg, int queries) {

		@Override
		public String toString() {
			return "hit@1 %.3f  hit@3 %.3f  MRR %.3f  recall@10 %.3f  nDCG@10 %.3f  (%d queries)".formatted(this.hit1,
					this.hit3, this.mrr, this.recall, this.ndcg, this.queries);
		}

	}

	private EvaluationSet() {
	}

	static List<Query> queries() {
		List<Query> queries = new ArrayList<>();
		for (String[] cells : rows("queries.tsv")) {
			List<EntityKind> kinds = blank(cells, 3) ? null
					: Arrays.stream(cells[3].split(",")).map(EntityKind::valueOf).toList();
			List<String> status = blank(cells, 6) ? null : Arrays.asList(cells[6].split(","));
			SearchRequest request = new SearchRequest(cells[1], kinds, CUTOFF, blank(cells, 4) ? null : cells[4],
					blank(cells, 5) ? null : cells[5], status);
			queries.add(new Query(cells[0], cells[1], Set.of(cells[2].split("\\|")), request));
		}
		return queries;
	}

	static List<Match> matches() {
		return rows("matches.tsv").stream().map((cells) -> new Match(cells[0], Set.of(cells[1].split("\\|")))).toList();
	}

	/** Scores of a ranking function over the queries, overall and per category. */
	static Map<String, Scores> score(List<Query> queries, Function<Query, List<String>> ranking) {
		Map<String, List<double[]>> byCategory = new LinkedHashMap<>();
		for (Query query : queries) {
			List<String> ranked = ranking.apply(query);
			double[] metrics = { hit(ranked, query.expected(), 1), hit(ranked, query.expected(), 3),
					recall(ranked, query.expected()), reciprocalRank(ranked, query.expected()),
					ndcg(ranked, query.expected()) };
			byCategory.computeIfAbsent("all", (key) -> new ArrayList<>()).add(metrics);
			byCategory.computeIfAbsent(query.category(), (key) -> new ArrayList<>()).add(metrics);
		}
		Map<String, Scores> scores = new LinkedHashMap<>();
		byCategory.forEach((category, rows) -> scores.put(category, new Scores(mean(rows, 0), mean(rows, 1),
				mean(rows, 2), mean(rows, 3), mean(rows, 4), rows.size())));
		return scores;
	}

	/**
	 * The same scores grouped by the kind of entity a query asks for (the kind of its expected entities,
	 * "mixed" when they are of several kinds), read from the ids' prefixes.
	 */
	static Map<String, Scores> scoreByKind(List<Query> queries, Function<Query, List<String>> ranking) {
		Map<String, List<Query>> byKind = new java.util.TreeMap<>();
		for (Query query : queries) {
			Set<String> kinds = new java.util.TreeSet<>();
			query.expected().forEach((id) -> kinds.add(id.substring(0, id.indexOf('-'))));
			byKind.computeIfAbsent((kinds.size() == 1) ? kinds.iterator().next() : "mixed", (key) -> new ArrayList<>())
				.add(query);
		}
		Map<String, Scores> scores = new LinkedHashMap<>();
		byKind.forEach((kind, some) -> scores.put(kind, score(some, ranking).get("all")));
		return scores;
	}

	/** 1 when an expected entity is among the first {@code n}, else 0. */
	static double hit(List<String> ranked, Set<String> expected, int n) {
		return ranked.stream().limit(n).anyMatch(expected::contains) ? 1 : 0;
	}

	static double recall(List<String> ranked, Set<String> expected) {
		return ranked.stream().limit(CUTOFF).filter(expected::contains).count() / (double) expected.size();
	}

	static double reciprocalRank(List<String> ranked, Set<String> expected) {
		for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
			if (expected.contains(ranked.get(i))) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	/** Binary relevance; the ideal ranking puts every expected entity first. */
	static double ndcg(List<String> ranked, Set<String> expected) {
		double dcg = 0;
		for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
			if (expected.contains(ranked.get(i))) {
				dcg += 1 / log2(i + 2);
			}
		}
		double ideal = 0;
		for (int i = 0; i < Math.min(CUTOFF, expected.size()); i++) {
			ideal += 1 / log2(i + 2);
		}
		return dcg / ideal;
	}

	/** Hits among the top 3 over the most there can be (3, or fewer when fewer bases are expected). */
	static double precisionAt3(List<String> ranked, Set<String> expected) {
		long hits = ranked.stream().limit(3).filter(expected::contains).count();
		return hits / (double) Math.min(3, expected.size());
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	private static double mean(List<double[]> rows, int column) {
		return rows.stream().mapToDouble((row) -> row[column]).average().orElse(0);
	}

	private static boolean blank(String[] cells, int index) {
		return cells.length <= index || cells[index].isBlank();
	}

	private static List<String[]> rows(String file) {
		try (InputStream in = EvaluationSet.class.getResourceAsStream("/search-eval/" + file)) {
			if (in == null) {
				throw new IllegalStateException("search-eval/" + file + " is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
