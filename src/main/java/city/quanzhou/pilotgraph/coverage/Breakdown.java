package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import city.quanzhou.pilotgraph.entity.EntityKind;

/** Entity counts grouped by one or two dimensions. */
public record Breakdown(List<EntityKind> kinds, List<BreakdownDimension> by, int total, List<Group> groups) {

	public record Group(List<Key> keys, int count) {
	}

	/** A group's value in one dimension; value and label are null for entities without a value. */
	public record Key(BreakdownDimension dimension, String value, String label) {
	}

}
