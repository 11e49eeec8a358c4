package city.quanzhou.pilotgraph.path;

import java.util.List;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * What a broker can ask of a path besides its ends.
 *
 * @param through a kind that at least one node between the ends must have (a base, a broker, a fund)
 * @param avoid entities the path must not pass through (a competitor, a party that declined)
 * @param operatingBasesOnly pass through no base that is not OPERATING (a planned base cannot pilot yet)
 */
public record PathOptions(EntityKind through, List<String> avoid, Boolean operatingBasesOnly) {

	static final PathOptions NONE = new PathOptions(null, List.of(), false);

	/** Stands in for an absent argument, so that the rest of the code sees no nulls. */
	static PathOptions orNone(PathOptions options) {
		if (options == null) {
			return NONE;
		}
		return new PathOptions(options.through(), (options.avoid() != null) ? options.avoid() : List.of(),
				Boolean.TRUE.equals(options.operatingBasesOnly()));
	}

}
