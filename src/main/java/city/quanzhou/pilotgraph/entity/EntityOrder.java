package city.quanzhou.pilotgraph.entity;

/**
 * The sort order of a list query; ties are broken by id so pages never overlap.
 */
public record EntityOrder(String field, String direction) {

	public static final EntityOrder BY_NAME = new EntityOrder("NAME", "ASC");

	public boolean descending() {
		return "DESC".equals(this.direction);
	}

}
