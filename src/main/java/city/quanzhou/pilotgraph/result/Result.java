package city.quanzhou.pilotgraph.result;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A research result (科技成果); its name is its title.
 */
public record Result(EntityCore core, String maturity, boolean needsPilot, LocalDate publishedOn) implements GraphEntity {

	public static Result from(MapAccessor node) {
		return new Result(EntityCore.from(node), NodeProps.text(node, "maturity"), NodeProps.flag(node, "needsPilot"),
				NodeProps.date(node, "publishedOn"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.RESULT;
	}

}
