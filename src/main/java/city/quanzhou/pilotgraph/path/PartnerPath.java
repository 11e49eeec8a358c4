package city.quanzhou.pilotgraph.path;

import java.util.List;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * A simple path: {@code relationships[i]} joins {@code nodes[i]} and {@code nodes[i + 1]}, so there is
 * one node more than there are relationships and {@code hops} is the number of relationships.
 *
 * @param strength the strength of the weakest tie on the path (see {@link RealTies#STRENGTH})
 */
public record PartnerPath(int hops, double strength, List<GraphEntity> nodes, List<PathRelationship> relationships) {

	/**
	 * A path known by its length alone, for a request that selects nothing of it but {@code hops}: its strength,
	 * nodes and ties were not read, and no field of the schema shows them for such a request.
	 */
	static PartnerPath ofLength(int hops) {
		return new PartnerPath(hops, Double.NaN, List.of(), List.of());
	}

}
