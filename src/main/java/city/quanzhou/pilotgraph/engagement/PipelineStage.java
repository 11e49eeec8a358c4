package city.quanzhou.pilotgraph.engagement;

/** How many engagements are at one status. */
public record PipelineStage(EngagementStatus status, int count) {
}
