package city.quanzhou.pilotgraph.result;

/** For the benchmark: the statement behind the batch-loaded {@code results} of an institute or enterprise. */
public final class ResultCypher {

	public static final String OWNED_RESULTS = ResultService.OWNED_RESULTS;

	private ResultCypher() {
	}

}
