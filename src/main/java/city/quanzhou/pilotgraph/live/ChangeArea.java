package city.quanzhou.pilotgraph.live;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;

/**
 * The parts of the public picture a change can alter, so that a dashboard refreshes only the panels that
 * show them. The mapping follows what each analytic reads (see coverage/CoverageQueries and path/RealTies):
 * coverage reads bases (status, district, covered links), chains and links, results waiting on links and
 * the enterprises active in them; paths walk the real ties.
 */
public enum ChangeArea {

	/** Chain and district coverage, coverage gaps, the ecosystem summary. */
	COVERAGE,
	/** The bases themselves: lists, counts by district and status, performance. */
	BASES,
	/** Results: waiting results, piloting, ownership. */
	RESULTS,
	/** Technology contracts (TRANSFERRED_TO) and their turnover. */
	CONTRACTS,
	/** Partner paths, bridging brokers and neighbourhoods. */
	PATHS;

	private static final Set<Relation> REAL_TIES = EnumSet.of(Relation.COOPERATES_WITH, Relation.OWNED_BY,
			Relation.OPERATED_BY, Relation.SERVES, Relation.BROKERED, Relation.TRANSFERRED_TO, Relation.INVESTS_IN,
			Relation.PILOTED, Relation.SERVED, Relation.COVERS, Relation.WORKS_FOR, Relation.SOLVES, Relation.POSTED);

	/** What writing an entity of this kind (and the ties its input carries) can alter. */
	static List<ChangeArea> of(EntityKind kind) {
		return switch (kind) {
			case TEST_BASE -> List.of(COVERAGE, BASES, PATHS);
			case RESULT -> List.of(COVERAGE, RESULTS, CONTRACTS, PATHS);
			case INDUSTRY_CHAIN, CHAIN_LINK -> List.of(COVERAGE);
			case INSTITUTE, ENTERPRISE -> List.of(COVERAGE, PATHS);
			case BROKER, TRANSFER_AGENCY, DEMAND, FUND, PARK -> List.of(PATHS);
			// policy records feed no coverage, base, result, contract or path view
			case VOUCHER_GRANT, SUBSIDY, ASSESSMENT, RECOGNITION_STEP, TRAINING_EVENT, BENEFIT_TERMS -> List.of();
		};
	}

	/** What making or removing one tie of this type can alter. */
	static List<ChangeArea> of(Relation relation) {
		EnumSet<ChangeArea> areas = EnumSet.noneOf(ChangeArea.class);
		switch (relation) {
			case COVERS, LOCATED_IN -> areas.addAll(List.of(COVERAGE, BASES));
			case OPERATED_BY, IN_PARK, SERVED -> areas.add(BASES);
			case PILOTED -> areas.addAll(List.of(BASES, RESULTS));
			case OWNED_BY, APPLIES_TO -> areas.addAll(List.of(COVERAGE, RESULTS));
			case TRANSFERRED_TO -> areas.addAll(List.of(RESULTS, CONTRACTS));
			case PART_OF, FEEDS, ACTIVE_IN -> areas.add(COVERAGE);
			default -> {
				// the remaining types (cooperation, brokerage, employment, investment, demands) only show in paths
			}
		}
		if (REAL_TIES.contains(relation)) {
			areas.add(PATHS);
		}
		return List.copyOf(areas);
	}

}
