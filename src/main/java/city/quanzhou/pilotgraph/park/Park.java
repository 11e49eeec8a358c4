package city.quanzhou.pilotgraph.park;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A park, incubator or administrative zone.
 */
public record Park(EntityCore core, String category) implements GraphEntity {

	public static Park from(MapAccessor node) {
		return new Park(EntityCore.from(node), NodeProps.text(node, "category"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.PARK;
	}

}
