package city.quanzhou.pilotgraph.chain;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A link (环节) of an industry chain, at an upstream, midstream or downstream stage.
 */
public record ChainLink(EntityCore core, String stage) implements GraphEntity {

	public static ChainLink from(MapAccessor node) {
		return new ChainLink(EntityCore.from(node), NodeProps.text(node, "stage"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.CHAIN_LINK;
	}

}
