package city.quanzhou.pilotgraph.policy;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * The bureau's recorded assessment (运行服务绩效考核评价) of a base (ASSESSES) for a year: score 0 to 100 and
 * grade, under the version of the criteria it was made with.
 */
public record Assessment(EntityCore core, Integer year, Double score, String grade, Integer criteriaVersion) implements GraphEntity {

	public static Assessment from(MapAccessor node) {
		return new Assessment(EntityCore.from(node), NodeProps.integer(node, "year"), NodeProps.decimal(node, "score"),
				NodeProps.text(node, "grade"), NodeProps.integer(node, "criteriaVersion"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.ASSESSMENT;
	}

}
