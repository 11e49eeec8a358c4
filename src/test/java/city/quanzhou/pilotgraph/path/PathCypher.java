package city.quanzhou.pilotgraph.path;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
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

	/** The parameters of a search without options, as the service binds them. */
	public static Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("avoid", List.of());
		parameters.put("operatingBasesOnly", false);
		parameters.put("through", null);
		parameters.put("thisYear", Year.now().getValue());
		parameters.put("enumerateUpTo", PathQueries.ENUMERATE_UP_TO_TIES);
		return parameters;
	}

}
