package city.quanzhou.pilotgraph.engagement;

/**
 * How the engagements about one chain's results and demands went: how many were recorded, how many reached
 * each stage, how many were dropped, and how many became transfer contracts.
 */
public record ChainFunnel(String chainId, String chainName, int contacted, int meeting, int negotiating, int signed,
		int dropped, int contracts) {

	/** Contracts per engagement recorded; 0 without engagements. */
	public double conversion() {
		return (this.contacted == 0) ? 0 : (double) this.contracts / this.contacted;
	}

}
