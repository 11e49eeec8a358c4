package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.result.Result;

/**
 * A result piloted at a base in a year.
 */
public record PilotRecord(TestBase base, Result result, Integer year) {
}
