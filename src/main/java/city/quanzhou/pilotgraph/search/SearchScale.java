package city.quanzhou.pilotgraph.search;

/**
 * The 0 to 1 score a person reads, from the fused rank score that orders the hits (documented in
 * docs/search.md). An exact name or alias scores 1. Any other hit scores its fused score relative to a hit
 * that both meaning and words rank first, capped just below 1: about 0.5 for a hit one method ranks first
 * and the other misses, 0.6 to 0.99 for hits both methods rank near the top. The mapping keeps the order
 * of the fused scores, so the list reads from the highest score down.
 */
final class SearchScale {

	/** The fused score of a hit both methods rank first: 1 / (k + 1) from each. */
	static final double BOTH_FIRST = 2.0 / (SearchService.RRF_K + 1);

	/** Below the score of an exact name or alias, whatever the fusion adds up to. */
	static final double CEILING = 0.99;

	/** What fusion adds for an exact name or alias (see {@link SearchService}); it outranks any fused score. */
	static final double EXACT_BONUS = 1.0;

	/**
	 * What fusion adds for a name or alias a typo or two away from the query: above any fused score, below
	 * an exact name; read as the cap, {@link #CEILING}.
	 */
	static final double NEAR_BONUS = 0.5;

	private SearchScale() {
	}

	static double readable(double fused) {
		if (fused >= EXACT_BONUS) {
			return 1.0;
		}
		return Math.min(CEILING, fused / BOTH_FIRST);
	}

}
