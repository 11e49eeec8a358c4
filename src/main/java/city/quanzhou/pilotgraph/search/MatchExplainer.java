package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * Says how a hit matched: which methods found it, and which of its fields holds the query's words, shown as a
 * snippet with those words between 【 and 】. Words are what the full-text index matches on: pairs of
 * adjacent Chinese characters and Latin words, taken from the query with its English terms expanded.
 */
final class MatchExplainer {

	static final String OPEN = "【";

	static final String CLOSE = "】";

	/** Characters of a long description shown around its first match. */
	private static final int WINDOW = 60;

	private static final int BEFORE = 15;

	private MatchExplainer() {
	}

	/**
	 * @param wanted the query, normalised as {@link SearchService#normalise} does
	 * @param expanded the query with its English terms expanded
	 * @param cosine the cosine similarity when the hit was found by meaning, else null
	 */
	static SearchMatch explain(GraphEntity entity, String wanted, String expanded, Double cosine, boolean byWords) {
		List<MatchMethod> methods = new ArrayList<>();
		if (cosine != null) {
			methods.add(MatchMethod.MEANING);
		}
		if (byWords) {
			methods.add(MatchMethod.WORDS);
		}
		boolean exactName = wanted.equals(SearchService.normalise(entity.name()));
		if (exactName) {
			methods.add(MatchMethod.EXACT_NAME);
		}
		String alias = entity.aliases().stream()
			.filter((a) -> wanted.length() >= 2 && SearchService.normalise(a).contains(wanted))
			.findFirst()
			.orElse(null);
		if (alias != null && !exactName) {
			methods.add(MatchMethod.ALIAS);
		}
		Set<String> terms = terms(expanded);
		terms.add(wanted);
		Snippet best = null;
		if (alias != null && !SearchService.normalise(entity.name()).contains(wanted)) {
			best = highlight("aliases", alias, terms);
		}
		else {
			for (Snippet candidate : candidates(entity, terms)) {
				if (candidate.matched() > 0 && (best == null || candidate.matched() > best.matched())) {
					best = candidate;
				}
			}
		}
		if (best == null || best.matched() == 0) {
			return new SearchMatch(List.copyOf(methods), null, null, cosine);
		}
		return new SearchMatch(List.copyOf(methods), best.field(), best.text(), cosine);
	}

	private static List<Snippet> candidates(GraphEntity entity, Set<String> terms) {
		List<Snippet> snippets = new ArrayList<>();
		snippets.add(highlight("name", entity.name(), terms));
		entity.aliases().forEach((alias) -> snippets.add(highlight("aliases", alias, terms)));
		if (entity.description() != null && !entity.description().isBlank()) {
			snippets.add(highlight("description", entity.description(), terms));
		}
		return snippets;
	}

	/**
	 * The words of a query: its Chinese character pairs (a single character where a run has only one), and
	 * its Latin words and numbers, lower-cased.
	 */
	static Set<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder run = new StringBuilder();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= lower.length(); i++) {
			char c = (i < lower.length()) ? lower.charAt(i) : ' ';
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				run.append(c);
			}
			else {
				addPairs(run, terms);
				run.setLength(0);
			}
			if (Character.isLetterOrDigit(c) && c < 0x3000) {
				word.append(c);
			}
			else {
				if (word.length() >= 2) {
					terms.add(word.toString());
				}
				word.setLength(0);
			}
		}
		return terms;
	}

	private static void addPairs(StringBuilder run, Set<String> terms) {
		if (run.length() == 1) {
			terms.add(run.toString());
		}
		for (int i = 0; i + 1 < run.length(); i++) {
			terms.add(run.substring(i, i + 2));
		}
	}

	/** The text with every occurrence of a term marked; long texts cut to a window around the first mark. */
	static Snippet highlight(String field, String text, Set<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean[] marked = new boolean[text.length()];
		int matched = 0;
		for (String term : terms) {
			if (term.isEmpty() || lower.length() != text.length()) {
				continue;
			}
			boolean found = false;
			for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
				found = true;
				for (int i = at; i < at + term.length(); i++) {
					marked[i] = true;
				}
			}
			if (found) {
				matched++;
			}
		}
		int first = 0;
		while (first < marked.length && !marked[first]) {
			first++;
		}
		int from = 0;
		int to = text.length();
		if (text.length() > WINDOW) {
			from = Math.max(0, Math.min(first - BEFORE, text.length() - WINDOW));
			to = Math.min(text.length(), from + WINDOW);
		}
		StringBuilder out = new StringBuilder();
		if (from > 0) {
			out.append('…');
		}
		for (int i = from; i < to; i++) {
			if (marked[i] && (i == from || !marked[i - 1])) {
				out.append(OPEN);
			}
			out.append(text.charAt(i));
			if (marked[i] && (i + 1 == to || !marked[i + 1])) {
				out.append(CLOSE);
			}
		}
		if (to < text.length()) {
			out.append('…');
		}
		return new Snippet(field, out.toString(), matched);
	}

	record Snippet(String field, String text, int matched) {
	}

}
