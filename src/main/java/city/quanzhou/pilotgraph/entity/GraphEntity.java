package city.quanzhou.pilotgraph.entity;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * An entity of any kind, as the GraphQL {@code Entity} interface sees it. Records of each kind hold an
 * {@link EntityCore} and their own fields; the shared fields are answered here once.
 */
public interface GraphEntity {

	EntityCore core();

	EntityKind kind();

	default String id() {
		return core().id();
	}

	default String name() {
		return core().name();
	}

	default List<String> aliases() {
		return core().aliases();
	}

	default String description() {
		return core().description();
	}

	default String source() {
		return core().source();
	}

	default String sourceNote() {
		return core().sourceNote();
	}

	default long version() {
		return core().version();
	}

	default ZonedDateTime updatedAt() {
		return core().updatedAt();
	}

	default String updatedBy() {
		return core().updatedBy();
	}

}
