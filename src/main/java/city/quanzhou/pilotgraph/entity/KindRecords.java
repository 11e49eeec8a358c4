package city.quanzhou.pilotgraph.entity;

import org.neo4j.driver.types.MapAccessor;

/**
 * Builds the record of a kind from its node's properties. Implemented once, by the composition package that
 * knows every kind, and found with {@link java.util.ServiceLoader} ({@code META-INF/services}) rather than
 * imported: every kind's package imports this one, so this one must import none of them.
 */
public interface KindRecords {

	GraphEntity read(EntityKind kind, MapAccessor node);

}
