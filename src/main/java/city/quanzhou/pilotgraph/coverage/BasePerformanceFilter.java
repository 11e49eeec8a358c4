package city.quanzhou.pilotgraph.coverage;

import java.util.List;

/** The GraphQL {@code BasePerformanceFilter}. */
public record BasePerformanceFilter(String baseId, String district, List<String> status, Integer fromYear,
		Integer toYear) {

	static final BasePerformanceFilter NONE = new BasePerformanceFilter(null, null, null, null, null);

}
