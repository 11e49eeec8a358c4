package city.quanzhou.pilotgraph.base;

import city.quanzhou.pilotgraph.result.Result;

/**
 * A result piloted at a base in a year.
 */
public record PilotRecord(TestBase base, Result result, Integer year) {
}
