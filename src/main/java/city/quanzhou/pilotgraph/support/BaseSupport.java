package city.quanzhou.pilotgraph.support;

import city.quanzhou.pilotgraph.base.TestBase;

/**
 * A base's support in a year (subsidies paid to it and vouchers that paid for its services, 万元) against what
 * it delivered that year; a cost is null when there was nothing to divide by.
 */
public record BaseSupport(TestBase base, int year, double subsidies, double vouchers, double support, long projects,
		long enterprisesServed, long pilots, Double costPerEnterprise, Double costPerPilot) {
}
