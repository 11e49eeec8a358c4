package city.quanzhou.pilotgraph.duplicate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How alike two Chinese (or mixed) names are, from 0 to 1: the mean of the Dice coefficients of their
 * characters and of their character bigrams, after width, case, spaces and punctuation are evened out.
 * Characters catch an abbreviation or a dropped word (中纺协石狮研究院 / 中纺学石狮产业研究院), bigrams the order.
 */
final class NameSimilarity {

	private NameSimilarity() {
	}

	static String normalise(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase();
		StringBuilder kept = new StringBuilder();
		folded.codePoints()
			.filter((c) -> Character.isLetterOrDigit(c))
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * The full-text query for names alike {@code normalised} (a name after {@link #normalise}): its words in
	 * names and aliases only. Descriptions share the common bigrams of every company's name (有限, 公司, 科技),
	 * so matching them too made Lucene score a large part of a big graph for each name, and filled the
	 * candidates with entities alike in description rather than in name. {@code normalised} holds letters and
	 * digits only, so nothing in it is query syntax.
	 */
	static String nameQuery(String normalised) {
		return "name:(" + normalised + ") OR aliases:(" + normalised + ")";
	}

	static Set<String> bigrams(String normalised) {
		Set<String> bigrams = new LinkedHashSet<>();
		int[] points = normalised.codePoints().toArray();
		for (int i = 0; i + 1 < points.length; i++) {
			bigrams.add(new String(points, i, 2));
		}
		if (points.length == 1) {
			bigrams.add(normalised);
		}
		return bigrams;
	}

	static double of(String a, String b) {
		String x = normalise(a);
		String y = normalise(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			return 1;
		}
		return (dice(characters(x), characters(y)) + dice(bigrams(x), bigrams(y))) / 2;
	}

	private static Map<Integer, Integer> characters(String normalised) {
		Map<Integer, Integer> counts = new HashMap<>();
		normalised.codePoints().forEach((c) -> counts.merge(c, 1, Integer::sum));
		return counts;
	}

	private static double dice(Map<Integer, Integer> a, Map<Integer, Integer> b) {
		int common = 0;
		for (Map.Entry<Integer, Integer> entry : a.entrySet()) {
			common += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
		}
		int total = a.values().stream().mapToInt(Integer::intValue).sum() + b.values().stream().mapToInt(Integer::intValue).sum();
		return 2.0 * common / total;
	}

	private static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long common = a.stream().filter(b::contains).count();
		return 2.0 * common / (a.size() + b.size());
	}

}
