package city.quanzhou.pilotgraph.path;

import java.util.List;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * The part of the graph around one entity, ready to draw: the centre, the nearest entities with their
 * distance, and every real tie among all of them.
 *
 * @param reachableCount how many entities lie within the hops asked for (more than are drawn when truncated)
 */
public record Neighbourhood(GraphEntity centre, List<Neighbour> nodes, List<PathRelationship> relationships,
		int reachableCount) {

	public boolean truncated() {
		return this.reachableCount > this.nodes.size();
	}

	/** An entity of the neighbourhood and its distance in hops from the centre. */
	public record Neighbour(GraphEntity entity, int hops) {
	}

}
