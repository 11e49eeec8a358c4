package city.quanzhou.pilotgraph.district;

/**
 * A county-level division of Quanzhou, identified by its six-digit administrative division code.
 */
public record District(String code, String name) {
}
