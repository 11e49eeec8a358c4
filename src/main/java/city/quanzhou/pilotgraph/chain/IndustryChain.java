package city.quanzhou.pilotgraph.chain;

import org.neo4j.driver.types.Node;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * An industry chain (产业链).
 */
public record IndustryChain(EntityCore core) implements GraphEntity {

	public static IndustryChain from(Node node) {
		return new IndustryChain(EntityCore.from(node));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.INDUSTRY_CHAIN;
	}

}
