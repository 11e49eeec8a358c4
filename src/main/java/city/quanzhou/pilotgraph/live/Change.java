package city.quanzhou.pilotgraph.live;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;

/**
 * One committed write, as the subscription announces it: what was done, to which entities (ids and kinds
 * only: a subscriber reads what it may see through the ordinary queries), the tie's type for LINKED and
 * UNLINKED, and the parts of the picture it can alter.
 *
 * @param entityIds the entity written, or a tie's two ends (a district is not an entity and is left out);
 * empty for an import
 * @param kinds the kinds of those entities; for an import, the kinds of the node files it held
 */
public record Change(ChangeType type, List<String> entityIds, List<EntityKind> kinds, Relation relation,
		List<ChangeArea> affects, OffsetDateTime at) {

	/** An entity created, updated or deleted. */
	public static Change ofEntity(ChangeType type, String id, EntityKind kind) {
		return new Change(type, List.of(id), List.of(kind), null, ChangeArea.of(kind), now());
	}

	/** A tie made or removed; {@code toId} and {@code toKind} are null for a tie to a district. */
	public static Change ofTie(ChangeType type, Relation relation, String fromId, EntityKind fromKind, String toId,
			EntityKind toKind) {
		List<String> ids = new ArrayList<>(List.of(fromId));
		List<EntityKind> kinds = new ArrayList<>(List.of(fromKind));
		if (toId != null) {
			ids.add(toId);
			if (!kinds.contains(toKind)) {
				kinds.add(toKind);
			}
		}
		return new Change(type, List.copyOf(ids), List.copyOf(kinds), relation, ChangeArea.of(relation), now());
	}

	/** An import: it may have touched anything, so it alters every area. */
	public static Change ofImport(Collection<EntityKind> kinds) {
		List<EntityKind> sorted = kinds.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(kinds));
		return new Change(ChangeType.IMPORTED, List.of(), sorted, null, List.of(ChangeArea.values()), now());
	}

	/** Whether a subscriber asking for these kinds (all when empty) hears of this change; imports reach everyone. */
	boolean concerns(Set<EntityKind> wanted) {
		return wanted.isEmpty() || this.type == ChangeType.IMPORTED || this.kinds.stream().anyMatch(wanted::contains);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
