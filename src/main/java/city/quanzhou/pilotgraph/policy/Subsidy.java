package city.quanzhou.pilotgraph.policy;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A subsidy or reward paid to a base, agency, institute or enterprise (GRANTED_TO), in 万元. For an equipment
 * subsidy, {@code basisAmount} is the non-fiscal equipment investment it was computed from.
 */
public record Subsidy(EntityCore core, String subsidyKind, String level, String programme, Integer year, Double amount,
		Double basisAmount) implements GraphEntity {

	public static Subsidy from(MapAccessor node) {
		return new Subsidy(EntityCore.from(node), NodeProps.text(node, "subsidyKind"), NodeProps.text(node, "level"),
				NodeProps.text(node, "programme"), NodeProps.integer(node, "year"), NodeProps.decimal(node, "amount"),
				NodeProps.decimal(node, "basisAmount"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.SUBSIDY;
	}

}
