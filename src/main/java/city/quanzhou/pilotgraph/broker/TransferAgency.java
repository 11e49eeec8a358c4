package city.quanzhou.pilotgraph.broker;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A technology transfer agency (技术转移机构).
 */
public record TransferAgency(EntityCore core, String level) implements GraphEntity {

	public static TransferAgency from(MapAccessor node) {
		return new TransferAgency(EntityCore.from(node), NodeProps.text(node, "level"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.TRANSFER_AGENCY;
	}

}
