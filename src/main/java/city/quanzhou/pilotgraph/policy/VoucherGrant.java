package city.quanzhou.pilotgraph.policy;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * An innovation voucher (科技创新券) granted to an enterprise: the amount in 万元, the year, and the service
 * it paid for; the enterprise and the provider are ties (GRANTED_TO, REDEEMED_AT).
 */
public record VoucherGrant(EntityCore core, Integer year, Double amount, String service, String level, String programme) implements GraphEntity {

	public static VoucherGrant from(MapAccessor node) {
		return new VoucherGrant(EntityCore.from(node), NodeProps.integer(node, "year"), NodeProps.decimal(node, "amount"),
				NodeProps.text(node, "service"), NodeProps.text(node, "level"), NodeProps.text(node, "programme"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.VOUCHER_GRANT;
	}

}
