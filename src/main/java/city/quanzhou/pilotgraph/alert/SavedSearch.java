package city.quanzhou.pilotgraph.alert;

import java.time.OffsetDateTime;
import java.util.List;

import city.quanzhou.pilotgraph.entity.EntityKind;

/** A search a user keeps, and the least score (0 to 1, the search's scale) at which a new entity alerts them. */
public record SavedSearch(String id, String owner, String name, String text, List<EntityKind> kinds, String district,
		String chainId, List<String> status, double threshold, OffsetDateTime createdAt) {
}
