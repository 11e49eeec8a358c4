package city.quanzhou.pilotgraph.district;

/** For the benchmark: the statement {@link DistrictService#find} runs. */
public final class DistrictCypher {

	public static final String BY_CODE_OR_NAME = DistrictService.BY_CODE_OR_NAME;

	private DistrictCypher() {
	}

}
