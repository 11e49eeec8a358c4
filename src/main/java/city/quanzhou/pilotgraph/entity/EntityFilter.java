package city.quanzhou.pilotgraph.entity;

import java.util.List;

/**
 * Every filter a list query can take; each kind's GraphQL filter input binds to the fields that fit it,
 * the rest stay null and do not narrow the list.
 */
public record EntityFilter(String text, String district, String chainId, String linkId, List<String> status,
		List<String> services, Boolean openToPublic, List<String> maturity, Boolean needsPilot, String ownerId,
		String category, String level, Boolean inCity, Boolean lead, Boolean challengeList, String stage,
		String agencyId, String recognition) {

	public static final EntityFilter NONE = new EntityFilter(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null);

}
