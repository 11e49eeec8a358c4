package city.quanzhou.pilotgraph.search;

import java.util.List;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * A search as the API receives it; nulls mean "no filter".
 *
 * @param district a district's code or name: entities located there (results by their owners, demands by
 * the posting enterprise, brokers by their agency)
 * @param chainId entities tied to a link of this chain (and the chain's links, and the chain itself)
 * @param status base status (PLANNED, UNDER_CONSTRUCTION, OPERATING, SUSPENDED) or demand status (OPEN,
 * FUNDED, SOLVED); only entities that have one of them
 */
public record SearchRequest(String text, List<EntityKind> kinds, Integer first, String district, String chainId,
		List<String> status) {

	public static SearchRequest of(String text, Integer first) {
		return new SearchRequest(text, null, first, null, null, null);
	}

}
