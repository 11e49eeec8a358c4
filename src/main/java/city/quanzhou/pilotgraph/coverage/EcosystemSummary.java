package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import city.quanzhou.pilotgraph.entity.EntityKind;

/** Headline counts and ratios; every ratio is 0 when its denominator is. */
public record EcosystemSummary(List<KindCount> counts, int operatingBaseCount, int openOperatingBaseCount,
		int plannedBaseCount, int linkCount, int coveredLinkCount, int waitingResultCount,
		int waitingWithCandidateCount, int districtCount, int districtsWithOperatingBase, int pilotedResultCount,
		int pilotedThenTransferredCount) {

	public record KindCount(EntityKind kind, int count) {
	}

	public double openToPublicRatio() {
		return CoverageService.ratio(this.openOperatingBaseCount, this.operatingBaseCount);
	}

	public double linkCoverageRatio() {
		return CoverageService.ratio(this.coveredLinkCount, this.linkCount);
	}

	public double waitingWithCandidateRatio() {
		return CoverageService.ratio(this.waitingWithCandidateCount, this.waitingResultCount);
	}

	public double pilotToContractRatio() {
		return CoverageService.ratio(this.pilotedThenTransferredCount, this.pilotedResultCount);
	}

}
