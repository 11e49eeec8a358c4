package city.quanzhou.pilotgraph.coverage;

/** The GraphQL {@code BasePerformanceOrder}; ties fall back to base name and year. */
public record BasePerformanceOrder(String field, String direction) {

	static final BasePerformanceOrder BY_BASE = new BasePerformanceOrder("BASE", "ASC");

	boolean descending() {
		return "DESC".equals(this.direction);
	}

}
