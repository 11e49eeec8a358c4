package city.quanzhou.pilotgraph.coverage;

import java.util.EnumSet;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeType;

/**
 * What a coverage statement reads: the kinds of entity whose properties or own ties it looks at, and the types
 * of tie it follows. A kept answer outlives every change that touches none of them, so that an editor's write to
 * a base recounts what bases decide and leaves the count of waiting results standing.
 * <p>
 * A change to an entity touches the statement when the statement reads its kind: an upsert also replaces the
 * entity's own ties (a base's covered links, a result's links), and a deletion removes every tie it had, so the
 * kinds must name each end a statement's ties are read from or to. A tie made or removed on its own touches it when
 * the statement follows its type. An import touches everything.
 */
record CoverageInputs(Set<EntityKind> kinds, Set<Relation> relations) {

	/** For a statement whose reads are not listed (the ecosystem summary counts every kind): every change touches it. */
	static final CoverageInputs EVERYTHING = new CoverageInputs(EnumSet.allOf(EntityKind.class),
			EnumSet.allOf(Relation.class));

	CoverageInputs {
		kinds = Set.copyOf(kinds);
		relations = Set.copyOf(relations);
	}

	/** These reads, and what {@code projection} reads along the ties of the entities it projects. */
	CoverageInputs with(EntityProjection projection) {
		if (projection == null || !projection.readsNeighbours()) {
			return this;
		}
		Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
		Set<Relation> relations = EnumSet.noneOf(Relation.class);
		kinds.addAll(this.kinds);
		relations.addAll(this.relations);
		projection.addReads(kinds, relations);
		return new CoverageInputs(kinds, relations);
	}

	boolean touchedBy(Change change) {
		if (change.type() == ChangeType.IMPORTED) {
			return true;
		}
		if (change.type() == ChangeType.LINKED || change.type() == ChangeType.UNLINKED) {
			return change.relation() == null || this.relations.contains(change.relation());
		}
		return change.kinds().stream().anyMatch(this.kinds::contains);
	}

}
