package city.quanzhou.pilotgraph.path;

/**
 * One tie on a path, with its own stored direction ({@code from} is the start node's id), which may run
 * against the direction of the path: a result reaches its institute over {@code (result)-[:OWNED_BY]->(institute)}
 * and an institute reaches its result over the same tie read backwards.
 */
public record PathRelationship(String type, String from, String to) {
}
