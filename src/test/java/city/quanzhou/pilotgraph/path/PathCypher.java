package city.quanzhou.pilotgraph.path;

import java.util.Map;

import city.quanzhou.pilotgraph.entity.EntityProjection;

/** For the benchmark: the statements and fixed parameters {@link PathService} runs. */
public final class PathCypher {

	public static final String ENDS = PathQueries.ENDS;

	/** The relationship types a path may walk, for {@code [:A|B|C]}. */
	public static final String REAL_TIES = RealTies.PATTERN;

	private PathCypher() {
	}

	public static String partnerPaths(int maxHops) {
		return PathQueries.partnerPaths(maxHops, EntityProjection.WHOLE);
	}

	public static String bridgingBrokers(int maxHops) {
		return PathQueries.bridgingBrokers(maxHops, EntityProjection.WHOLE, EntityProjection.WHOLE);
	}

	/** The parameters of a partner-path search without options, as the service binds them. */
	public static Map<String, Object> partnerPathParameters(String from, String to, int first) {
		return PathService.partnerPathParameters(PathOptions.NONE, from, to, first);
	}

	/** The parameters of a bridging-broker search, as the service binds them. */
	public static Map<String, Object> bridgingParameters(String a, String b, int first) {
		return PathService.bridgingParameters(a, b, first);
	}

}
