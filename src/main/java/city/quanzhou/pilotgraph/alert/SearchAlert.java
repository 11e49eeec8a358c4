package city.quanzhou.pilotgraph.alert;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A new entity that matched a saved search: which, how (the search's match methods and snippet), when, and
 * whether its owner has read it. {@code key} is the saved search and the entity: one alert per pair.
 */
public record SearchAlert(String key, String searchId, String searchName, String entityId, String entityKind,
		String entityName, double score, List<String> methods, String snippet, String phase, OffsetDateTime at,
		boolean read) {
}
