package city.quanzhou.pilotgraph.demand;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A technology demand (技术需求); {@code challengeList} marks the 揭榜挂帅 list.
 */
public record Demand(EntityCore core, Integer year, Double budget, boolean challengeList, String status) implements GraphEntity {

	public static Demand from(MapAccessor node) {
		return new Demand(EntityCore.from(node), NodeProps.integer(node, "year"), NodeProps.decimal(node, "budget"),
				NodeProps.flag(node, "challengeList"), NodeProps.text(node, "status"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.DEMAND;
	}

}
