package city.quanzhou.pilotgraph.engagement;

/** How many engagements are at one status. */
public record EngagementCount(EngagementStatus status, int count) {
}
