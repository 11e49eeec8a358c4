package city.quanzhou.pilotgraph.enterprise;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * An enterprise; {@code lead} marks the lead enterprises (龙头企业) that anchor chains and bases.
 */
public record Enterprise(EntityCore core, boolean lead) implements GraphEntity {

	public static Enterprise from(MapAccessor node) {
		return new Enterprise(EntityCore.from(node), NodeProps.flag(node, "lead"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.ENTERPRISE;
	}

}
