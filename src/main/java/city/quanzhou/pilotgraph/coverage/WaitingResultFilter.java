package city.quanzhou.pilotgraph.coverage;

import java.util.List;

/** The GraphQL {@code WaitingResultFilter}; absent fields do not narrow the list. */
public record WaitingResultFilter(String chainId, String linkId, String district, String ownerKind,
		List<String> maturity, Boolean hasCandidateBase) {

	static final WaitingResultFilter NONE = new WaitingResultFilter(null, null, null, null, null, null);

}
