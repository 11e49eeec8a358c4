package city.quanzhou.pilotgraph.digest;

import city.quanzhou.pilotgraph.entity.EntityKind;

/** What a digest brings, and of what kind its subject must be. */
public enum DigestKind {

	/** New waiting results that match a test base (for the base). */
	RESULTS_FOR_BASE,
	/** New bases and open demands that match the results of an institute or an enterprise (for the owner). */
	MATCHES_FOR_OWNER,
	/** New coverage gaps in an industry chain, optionally in one district (for a planner or a broker). */
	GAPS_IN_CHAIN;

	boolean accepts(EntityKind kind) {
		return switch (this) {
			case RESULTS_FOR_BASE -> kind == EntityKind.TEST_BASE;
			case MATCHES_FOR_OWNER -> kind == EntityKind.INSTITUTE || kind == EntityKind.ENTERPRISE;
			case GAPS_IN_CHAIN -> kind == EntityKind.INDUSTRY_CHAIN;
		};
	}

	String subjectKinds() {
		return switch (this) {
			case RESULTS_FOR_BASE -> "a TEST_BASE";
			case MATCHES_FOR_OWNER -> "an INSTITUTE or an ENTERPRISE";
			case GAPS_IN_CHAIN -> "an INDUSTRY_CHAIN";
		};
	}

}
