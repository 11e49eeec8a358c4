package city.quanzhou.pilotgraph.policy;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A base's IP and benefit-sharing terms (知识产权和利益共享, TERMS_OF): who owns what the base's work
 * produces, the shares (percent) of transfer income for the inventors and the base, and whether it is run
 * on market terms (市场化运营).
 */
public record BenefitTerms(EntityCore core, String ipOwnership, Integer inventorShare, Integer baseShare, boolean marketOperated) implements GraphEntity {

	public static BenefitTerms from(MapAccessor node) {
		return new BenefitTerms(EntityCore.from(node), NodeProps.text(node, "ipOwnership"), NodeProps.integer(node, "inventorShare"),
				NodeProps.integer(node, "baseShare"), NodeProps.flag(node, "marketOperated"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.BENEFIT_TERMS;
	}

}
