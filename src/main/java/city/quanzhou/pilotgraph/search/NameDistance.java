package city.quanzhou.pilotgraph.search;

/**
 * How many typed characters separate a query from a name (Levenshtein distance over code points), so that
 * a full name with a wrong character (天津大学泉洲研究院) is still recognised as that name, ahead of a parent
 * organisation whose short name it merely contains (天津大学).
 */
final class NameDistance {

	private NameDistance() {
	}

	/**
	 * Typos tolerated between a query of this many characters and a whole name: none below 6 (short names
	 * are too close to each other: 华大, 天大), one up to 11, two from 12.
	 */
	static int tolerated(int length) {
		if (length < 6) {
			return 0;
		}
		return (length < 12) ? 1 : 2;
	}

	/**
	 * Typos tolerated between a query and a run of a longer name: none below 8 characters, since a short
	 * query is a typo away from a run of many names (天大研究院 from 哈工大研究院's 工大研究院).
	 */
	static int toleratedInside(int length) {
		return (length < 8) ? 0 : tolerated(length);
	}

	/** Edits (insert, delete, substitute one character) turning {@code a} into {@code b}. */
	static int distance(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int[] previous = new int[y.length + 1];
		int[] current = new int[y.length + 1];
		for (int j = 0; j <= y.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			current[0] = i;
			for (int j = 1; j <= y.length; j++) {
				int substitute = previous[j - 1] + ((x[i - 1] == y[j - 1]) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length];
	}

	/**
	 * Edits turning {@code query} into some run of characters of {@code text}: 0 when the text contains
	 * the query, 1 when it contains the query with one character wrong, missing or extra.
	 */
	static int infixDistance(String text, String query) {
		int[] t = text.codePoints().toArray();
		int[] q = query.codePoints().toArray();
		// Rows over the query, columns over the text; a match may start anywhere in the text (row 0 is all 0).
		int[] previous = new int[t.length + 1];
		int[] current = new int[t.length + 1];
		for (int i = 1; i <= q.length; i++) {
			current[0] = i;
			for (int j = 1; j <= t.length; j++) {
				int substitute = previous[j - 1] + ((q[i - 1] == t[j - 1]) ? 0 : 1);
				current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		int best = q.length;
		for (int j = 0; j <= t.length; j++) {
			best = Math.min(best, previous[j]);
		}
		return best;
	}

}
