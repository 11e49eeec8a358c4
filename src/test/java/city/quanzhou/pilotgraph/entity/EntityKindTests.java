package city.quanzhou.pilotgraph.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A node's kind is read from its labels: each kind's own label names it, no other label does. */
class EntityKindTests {

	@Test
	void shouldFindEveryKindByItsLabel() {
		for (EntityKind kind : EntityKind.values()) {
			assertThat(EntityKind.ofLabel(kind.label())).contains(kind);
		}
	}

	@Test
	void shouldFindNoKindForTheSharedLabelOrAnyOther() {
		assertThat(EntityKind.ofLabel("Entity")).isEmpty();
		assertThat(EntityKind.ofLabel("District")).isEmpty();
		assertThat(EntityKind.ofLabel("TEST_BASE")).isEmpty();
		assertThat(EntityKind.ofLabel("testbase")).isEmpty();
		assertThat(EntityKind.ofLabel(null)).isEmpty();
	}

}
