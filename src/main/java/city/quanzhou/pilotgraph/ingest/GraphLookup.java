package city.quanzhou.pilotgraph.ingest;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * What a dataset is checked against besides itself: the graph it will be written into. Rows may refer to
 * entities that exist only in the graph, must not give an existing id a different kind, and must not
 * take a name another entity of the kind already has.
 */
interface GraphLookup {

	/** The kinds of those of the given ids that exist in the graph. */
	Map<String, EntityKind> kindsOf(Collection<String> ids);

	Set<String> districtCodes();

	/** For those of the names already taken by an entity of the kind: name → that entity's id. */
	Map<String, String> idsByName(EntityKind kind, Collection<String> names);

	/** An empty graph: the dataset must stand on its own. */
	GraphLookup NONE = new GraphLookup() {

		@Override
		public Map<String, EntityKind> kindsOf(Collection<String> ids) {
			return Map.of();
		}

		@Override
		public Set<String> districtCodes() {
			return Set.of();
		}

		@Override
		public Map<String, String> idsByName(EntityKind kind, Collection<String> names) {
			return Map.of();
		}

	};

}
