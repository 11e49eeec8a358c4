package city.quanzhou.pilotgraph.path;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import city.quanzhou.pilotgraph.entity.Relation;

/**
 * The relationship types a path may walk: ties that stand for something two parties did or hold together,
 * so that a broker can introduce one to the other along them.
 * <p>
 * Left out on purpose are the category ties: LOCATED_IN (a district), IN_PARK (a park as an address),
 * PART_OF (a whole chain), ACTIVE_IN and APPLIES_TO (a chain link as a field of activity), ON_LINK and
 * FEEDS (links among themselves). Every enterprise of 晋江 shares a district and every textile firm shares
 * a chain; walking those ties would make any two parties two hops apart and tell a broker nothing.
 * <p>
 * COVERS (a base covers a chain link) is a real tie, as the contract says, but a chain link is still a
 * category: two bases that cover the same link have not met. So a link may stand at either end of a path
 * (how does this result reach a base that covers 纺织印染?) but never in the middle of one; the queries
 * enforce that with {@link #CATEGORY_LABELS}.
 */
final class RealTies {

	static final Set<Relation> TYPES = EnumSet.of(Relation.COOPERATES_WITH, Relation.OWNED_BY, Relation.OPERATED_BY,
			Relation.SERVES, Relation.BROKERED, Relation.TRANSFERRED_TO, Relation.INVESTS_IN, Relation.PILOTED,
			Relation.SERVED, Relation.COVERS, Relation.WORKS_FOR, Relation.SOLVES, Relation.POSTED);

	/** For the relationship pattern {@code [:A|B|C]}: built from the enum, never from a request. */
	static final String PATTERN = TYPES.stream().map(Relation::name).sorted().collect(Collectors.joining("|"));

	/**
	 * Labels of nodes that group many parties without relating them; a path may end on one but not pass
	 * through one. (IndustryChain and District nodes are unreachable anyway: no real tie touches them.)
	 */
	static final String CATEGORY_LABELS = "ChainLink";

	/**
	 * How strong one tie is, as a Cypher expression over the relationship {@code r} and the parameter
	 * {@code $thisYear}: the number of joint projects or brokered deals (1 when the tie has no count), halved
	 * for every three years since it was last active (no decay when the tie has no year: ownership,
	 * operation and employment hold until they are removed). A path is as strong as its weakest tie.
	 * SERVES carries {@code since}, the start of an ongoing service, which says nothing about staleness.
	 */
	static final String STRENGTH = """
			(toFloat(coalesce(r.projects, r.deals, 1)) * 0.5 ^ (CASE
			  WHEN coalesce(r.lastYear, r.year) IS NULL OR coalesce(r.lastYear, r.year) >= $thisYear THEN 0.0
			  ELSE toFloat($thisYear - coalesce(r.lastYear, r.year)) / 3.0 END))""";

	private RealTies() {
	}

}
