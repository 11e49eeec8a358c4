package city.quanzhou.pilotgraph.coverage;

import city.quanzhou.pilotgraph.base.TestBase;

/** One base's service performance (运行服务绩效) in one year. */
public record BaseYearPerformance(TestBase base, int year, int resultsPiloted, int enterprisesServed,
		int serviceProjects, int contractsAfterPilot, double contractAmountAfterPilot) {
}
