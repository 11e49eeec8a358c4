package city.quanzhou.pilotgraph.entity;

import java.util.ServiceLoader;

import org.neo4j.driver.types.MapAccessor;

/**
 * Turns an entity read as a map projection into the record of its kind, with the {@link KindRecords} that the
 * composition package provides.
 */
public final class Entities {

	private static final KindRecords RECORDS = ServiceLoader.load(KindRecords.class, KindRecords.class.getClassLoader())
		.findFirst()
		.orElseThrow(() -> new IllegalStateException("No " + KindRecords.class.getName()
				+ " is listed in META-INF/services: entities cannot be read"));

	private Entities() {
	}

	/**
	 * From a projection {@code n {.*, embedding: null, labels: labels(n)}}: what queries return when they do
	 * not need the 512-float embedding sent over the wire with every entity.
	 */
	public static GraphEntity fromProjection(MapAccessor projection) {
		for (String label : projection.get("labels").asList(org.neo4j.driver.Value::asString)) {
			var kind = EntityKind.ofLabel(label);
			if (kind.isPresent()) {
				return from(projection, kind.get());
			}
		}
		throw new IllegalStateException("Entity " + NodeProps.text(projection, "id") + " has no kind label");
	}

	private static GraphEntity from(MapAccessor node, EntityKind kind) {
		return RECORDS.read(kind, node);
	}

}
