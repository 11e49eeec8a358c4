package city.quanzhou.pilotgraph.broker;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A technology broker (技术经纪人); phone and email are personal data.
 */
public record Broker(EntityCore core, String level, String phone, String email) implements GraphEntity {

	public static Broker from(MapAccessor node) {
		return new Broker(EntityCore.from(node), NodeProps.text(node, "level"), NodeProps.text(node, "phone"),
				NodeProps.text(node, "email"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.BROKER;
	}

}
