package city.quanzhou.pilotgraph.entity;

import java.time.ZonedDateTime;
import java.util.List;

import org.neo4j.driver.types.MapAccessor;

/**
 * What every entity has, whatever its kind: identity, names, description and provenance.
 */
public record EntityCore(String id, String name, List<String> aliases, String description, String source,
		String sourceNote, long version, ZonedDateTime updatedAt, String updatedBy) {

	public static EntityCore from(MapAccessor node) {
		return new EntityCore(NodeProps.text(node, "id"), NodeProps.text(node, "name"), NodeProps.texts(node, "aliases"),
				NodeProps.text(node, "description"), NodeProps.text(node, "source"), NodeProps.text(node, "sourceNote"),
				node.get("version").asLong(0), NodeProps.instant(node, "updatedAt"), NodeProps.text(node, "updatedBy"));
	}

}
