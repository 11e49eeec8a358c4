package city.quanzhou.pilotgraph.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The relationship fields of the entity types that are plain neighbours: one relationship type, one
 * direction, neighbours ordered by name (or the first of them, or a district). These are the fields an
 * {@link EntityProjection} may fetch in the same statement as their parent; each is also served by a
 * {@code @BatchMapping} (in its kind's package, or in {@code relationship} when it leads to another kind),
 * which answers whenever the parent was read without it. Fields whose value carries relationship properties
 * (piloted, cooperations, ...) or takes arguments are not listed and always go through their batch mapping.
 */
public final class Ties {

	/** How one field reaches its value. */
	public record Tie(Relation relation, boolean outgoing, Shape shape) {
	}

	public enum Shape {

		/** Every neighbour, ordered by name then id. */
		LIST,
		/** The first neighbour by name, or null. */
		SINGLE,
		/** The district the entity is located in, or null. */
		DISTRICT

	}

	private static final Map<String, Tie> FIELDS = fields();

	private Ties() {
	}

	/** The tie behind {@code type.field}, when that field is a plain neighbour field. */
	public static Optional<Tie> of(String type, String field) {
		return Optional.ofNullable(FIELDS.get(type + "." + field));
	}

	/** Every {@code Type.field} listed, for wiring the fields that may find their value already fetched. */
	public static Iterable<String> keys() {
		return FIELDS.keySet();
	}

	private static Map<String, Tie> fields() {
		Map<String, Tie> fields = new HashMap<>();
		for (String type : new String[] { "TestBase", "Institute", "Enterprise", "Park", "TransferAgency" }) {
			fields.put(type + ".district", new Tie(Relation.LOCATED_IN, true, Shape.DISTRICT));
		}
		list(fields, "TestBase.covers", Relation.COVERS, true);
		list(fields, "TestBase.operators", Relation.OPERATED_BY, true);
		list(fields, "TestBase.servedBy", Relation.SERVES, false);
		single(fields, "TestBase.park", Relation.IN_PARK, true);
		list(fields, "IndustryChain.links", Relation.PART_OF, false);
		single(fields, "ChainLink.chain", Relation.PART_OF, true);
		list(fields, "ChainLink.feeds", Relation.FEEDS, true);
		list(fields, "ChainLink.fedBy", Relation.FEEDS, false);
		list(fields, "ChainLink.coveredBy", Relation.COVERS, false);
		list(fields, "ChainLink.results", Relation.APPLIES_TO, false);
		list(fields, "ChainLink.enterprises", Relation.ACTIVE_IN, false);
		list(fields, "ChainLink.demands", Relation.ON_LINK, false);
		list(fields, "Result.owners", Relation.OWNED_BY, true);
		list(fields, "Result.chainLinks", Relation.APPLIES_TO, true);
		list(fields, "Institute.operatedBases", Relation.OPERATED_BY, false);
		list(fields, "Institute.servedBy", Relation.SERVES, false);
		single(fields, "Enterprise.park", Relation.IN_PARK, true);
		list(fields, "Enterprise.chainLinks", Relation.ACTIVE_IN, true);
		list(fields, "Enterprise.demands", Relation.POSTED, true);
		list(fields, "Enterprise.operatedBases", Relation.OPERATED_BY, false);
		list(fields, "Enterprise.servedBy", Relation.SERVES, false);
		list(fields, "Park.testBases", Relation.IN_PARK, false);
		list(fields, "Park.enterprises", Relation.IN_PARK, false);
		list(fields, "Park.operatedBases", Relation.OPERATED_BY, false);
		single(fields, "Broker.agency", Relation.WORKS_FOR, true);
		list(fields, "Broker.serves", Relation.SERVES, true);
		list(fields, "TransferAgency.brokers", Relation.WORKS_FOR, false);
		single(fields, "Demand.postedBy", Relation.POSTED, false);
		list(fields, "Demand.chainLinks", Relation.ON_LINK, true);
		return Map.copyOf(fields);
	}

	private static void list(Map<String, Tie> fields, String field, Relation relation, boolean outgoing) {
		fields.put(field, new Tie(relation, outgoing, Shape.LIST));
	}

	private static void single(Map<String, Tie> fields, String field, Relation relation, boolean outgoing) {
		fields.put(field, new Tie(relation, outgoing, Shape.SINGLE));
	}

}
