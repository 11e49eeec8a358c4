package city.quanzhou.pilotgraph.quality;

import java.time.ZonedDateTime;
import java.util.List;

/** Every kind's gaps, the proposals waiting for review, and the moment before which an entity is stale. */
public record DataQuality(List<KindQuality> kinds, long pendingProposals, ZonedDateTime staleBefore) {
}
