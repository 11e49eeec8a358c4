package city.quanzhou.pilotgraph.coverage;

import city.quanzhou.pilotgraph.chain.IndustryChain;

/** How much of one chain operating bases cover. */
public record ChainCoverage(IndustryChain chain, int linkCount, int coveredLinkCount, int operatingBaseCount,
		int waitingResultCount) {

	/** 0 for a chain without links rather than a division by zero. */
	public double coverageRatio() {
		return CoverageService.ratio(this.coveredLinkCount, this.linkCount);
	}

}
