package city.quanzhou.pilotgraph.path;

import java.util.List;

import city.quanzhou.pilotgraph.enterprise.Enterprise;

/**
 * An enterprise a result can reach, with the strongest of its shortest paths (from the result to it).
 *
 * @param existing whether the enterprise is already tied to the result (see {@code existingTies})
 * @param existingTies the ties that make it an existing partner: TRANSFERRED_TO (a technology contract for
 * the result), OWNED_BY (it holds the result), COOPERATES_WITH (it cooperates with the result's owner)
 * @param sharedLinks names of the chain links the result applies to and the enterprise is active in
 * @param reason why the enterprise is offered, in plain Chinese
 */
public record ReachableEnterprise(Enterprise enterprise, int hops, double strength, PartnerPath path, boolean existing,
		List<String> existingTies, List<String> sharedLinks, String reason) {
}
