package city.quanzhou.pilotgraph.base;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A pilot-scale test base (中试基地) with its life-cycle status and the services it offers.
 */
public record TestBase(EntityCore core, String status, boolean openToPublic, List<String> services, String recognition,
		String operatingModel, Integer establishedYear, Double equipmentValue) implements GraphEntity {

	public static TestBase from(MapAccessor node) {
		return new TestBase(EntityCore.from(node), NodeProps.text(node, "status"),
				NodeProps.flag(node, "openToPublic"), NodeProps.texts(node, "services"), NodeProps.text(node, "recognition"),
				NodeProps.text(node, "operatingModel"), NodeProps.integer(node, "establishedYear"),
				NodeProps.decimal(node, "equipmentValue"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.TEST_BASE;
	}

}
