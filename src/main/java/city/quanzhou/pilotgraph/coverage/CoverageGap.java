package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.result.Result;

/** A link without operating coverage, what waits on it and what is being built for it. */
public record CoverageGap(ChainLink link, List<Result> waitingResults, List<Enterprise> enterprises,
		List<TestBase> plannedBases) {
}
