package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.enterprise.Enterprise;

/**
 * A base's service to an enterprise in a year.
 * {@code source} says where the tie's fact comes from (a TieSource name), {@code sourceNote} cites it.
 */
public record BaseServiceRecord(TestBase base, Enterprise enterprise, Integer year, Integer projects, String source, String sourceNote) {
}
