package city.quanzhou.pilotgraph.quality;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * The gaps of one kind. A count is null where the kind has no such field (a fund has no district), so that
 * "none missing" and "not applicable" read differently.
 */
public record KindQuality(EntityKind kind, long total, Long withoutDistrict, Long withoutDescription,
		Long withoutSourceNote, long withoutTies, long stale) {
}
