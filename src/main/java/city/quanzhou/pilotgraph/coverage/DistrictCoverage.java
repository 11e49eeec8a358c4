package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.entity.District;
import city.quanzhou.pilotgraph.result.Result;

/** One district's bases, the links they cover and the results its organisations are waiting to pilot. */
public record DistrictCoverage(District district, List<TestBase> operatingBases, List<TestBase> plannedBases,
		List<ChainLink> coveredLinks, List<Result> waitingResults, int waitingResultsWithoutBase) {
}
