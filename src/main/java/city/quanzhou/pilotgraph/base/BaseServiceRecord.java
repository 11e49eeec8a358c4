package city.quanzhou.pilotgraph.base;

import city.quanzhou.pilotgraph.enterprise.Enterprise;

/**
 * A base's service to an enterprise in a year.
 */
public record BaseServiceRecord(TestBase base, Enterprise enterprise, Integer year, Integer projects) {
}
