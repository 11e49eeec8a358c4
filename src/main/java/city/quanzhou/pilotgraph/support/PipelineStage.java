package city.quanzhou.pilotgraph.support;

import java.util.List;

/**
 * The bases whose latest approved recognition step is {@code step} (NONE: no step approved yet).
 */
public record PipelineStage(String step, List<PipelineEntry> bases) {
}
