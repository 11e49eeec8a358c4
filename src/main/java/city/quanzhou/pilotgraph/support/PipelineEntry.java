package city.quanzhou.pilotgraph.support;

import java.time.LocalDate;

import city.quanzhou.pilotgraph.base.TestBase;

/**
 * A base in its recognition step since {@code since} (the step's decision date), for {@code days} days as of
 * today; {@code pending} when it has an application waiting for a decision.
 */
public record PipelineEntry(TestBase base, LocalDate since, Long days, boolean pending) {
}
