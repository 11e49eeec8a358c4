package city.quanzhou.pilotgraph.matching;

/** For the benchmark: the statements {@link MatchingService#baseMatches} runs. */
public final class MatchingCypher {

	public static final String PAIRS = MatchingQueries.PAIRS;

	/** {@code $closeMeaning} of {@link #PAIRS}. */
	public static final double CLOSE_MEANING = MatchingService.CLOSE_MEANING;

	private MatchingCypher() {
	}

}
