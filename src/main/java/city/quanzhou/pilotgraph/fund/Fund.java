package city.quanzhou.pilotgraph.fund;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A fund or investor (基金, 投资机构).
 */
public record Fund(EntityCore core, String category, String level) implements GraphEntity {

	public static Fund from(MapAccessor node) {
		return new Fund(EntityCore.from(node), NodeProps.text(node, "category"), NodeProps.text(node, "level"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.FUND;
	}

}
