package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.result.Result;

/**
 * A result piloted at a base in a year.
 * {@code source} says where the tie's fact comes from (a TieSource name), {@code sourceNote} cites it.
 */
public record PilotRecord(TestBase base, Result result, Integer year, String source, String sourceNote) {
}
