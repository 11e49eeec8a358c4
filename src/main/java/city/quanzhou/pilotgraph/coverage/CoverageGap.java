package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.result.Result;

/**
 * A link without operating coverage, what waits on it and what is being built for it. The lists hold the
 * first of their kind as far as the request asked (its largest {@code first}); the counts count them all.
 */
public record CoverageGap(ChainLink link, int waitingResultCount, List<Result> waitingResults, int enterpriseCount,
		List<Enterprise> enterprises, List<TestBase> plannedBases) {
}
