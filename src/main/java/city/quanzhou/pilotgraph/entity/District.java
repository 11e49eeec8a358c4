package city.quanzhou.pilotgraph.entity;

/**
 * A county-level division of Quanzhou, identified by its six-digit administrative division code: where an
 * institute, enterprise, base, agency or park is located. Shared by every kind, so it lives here.
 */
public record District(String code, String name) {
}
