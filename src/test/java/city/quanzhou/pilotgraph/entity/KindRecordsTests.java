package city.quanzhou.pilotgraph.entity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind's nodes are read into the record of that kind, though this package imports none of them: the
 * records come from the composition package through {@code META-INF/services}.
 */
class KindRecordsTests {

	@Test
	void shouldReadEveryKindIntoItsOwnRecord() {
		for (EntityKind kind : EntityKind.values()) {
			var node = Values.value(Map.of("id", "x-" + kind.label(), "name", "名称", "labels",
					List.of("Entity", kind.label())));

			GraphEntity entity = Entities.fromProjection(node);

			assertThat(entity.kind()).isEqualTo(kind);
			assertThat(entity.getClass().getSimpleName()).isEqualTo(kind.label());
			assertThat(entity.id()).isEqualTo("x-" + kind.label());
		}
	}

}
