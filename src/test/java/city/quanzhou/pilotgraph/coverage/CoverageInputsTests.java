package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeType;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes reach which coverage statement: by the kind written, by the type of tie made or removed. */
class CoverageInputsTests {

	@Test
	void shouldBeTouchedByAChangeToAKindItReads() {
		assertThat(CoverageQueries.CHAIN_COVERAGE_READS
			.touchedBy(Change.ofEntity(ChangeType.UPDATED, "base-1", EntityKind.TEST_BASE))).isTrue();
		assertThat(CoverageQueries.CHAIN_WAITING_RESULTS_READS
			.touchedBy(Change.ofEntity(ChangeType.UPDATED, "base-1", EntityKind.TEST_BASE))).isFalse();
		assertThat(CoverageQueries.CHAIN_WAITING_RESULTS_READS
			.touchedBy(Change.ofEntity(ChangeType.DELETED, "res-1", EntityKind.RESULT))).isTrue();
	}

	@Test
	void shouldBeTouchedByATieOnlyWhenItFollowsItsType() {
		// the tie's ends are a base and a link, kinds the bases part reads, but it does not follow SERVES
		Change served = Change.ofTie(ChangeType.LINKED, Relation.SERVES, "broker-1", EntityKind.BROKER, "base-1",
				EntityKind.TEST_BASE);
		Change covered = Change.ofTie(ChangeType.UNLINKED, Relation.COVERS, "base-1", EntityKind.TEST_BASE, "link-1",
				EntityKind.CHAIN_LINK);
		assertThat(CoverageQueries.CHAIN_COVERAGE_READS.touchedBy(served)).isFalse();
		assertThat(CoverageQueries.CHAIN_COVERAGE_READS.touchedBy(covered)).isTrue();
		assertThat(CoverageQueries.CHAIN_WAITING_RESULTS_READS.touchedBy(covered)).isFalse();
	}

	@Test
	void shouldBeTouchedByEveryImport() {
		Change imported = Change.ofImport(List.of(EntityKind.FUND));
		assertThat(CoverageQueries.CHAIN_WAITING_RESULTS_READS.touchedBy(imported)).isTrue();
		assertThat(CoverageQueries.DISTRICT_COVERAGE_READS.touchedBy(imported)).isTrue();
	}

	@Test
	void shouldLeaveTheEcosystemSummaryToNoChange() {
		assertThat(CoverageInputs.EVERYTHING
			.touchedBy(Change.ofEntity(ChangeType.CREATED, "terms-1", EntityKind.BENEFIT_TERMS))).isTrue();
		assertThat(CoverageInputs.EVERYTHING.touchedBy(Change.ofTie(ChangeType.LINKED, Relation.TRAINED, "training-1",
				EntityKind.TRAINING_EVENT, "broker-1", EntityKind.BROKER))).isTrue();
	}

}
