package city.quanzhou.pilotgraph.institute;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A university, research institute or innovation lab (高校院所).
 */
public record Institute(EntityCore core, String category, boolean inCity) implements GraphEntity {

	public static Institute from(MapAccessor node) {
		return new Institute(EntityCore.from(node), NodeProps.text(node, "category"), NodeProps.flag(node, "inCity"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.INSTITUTE;
	}

}
