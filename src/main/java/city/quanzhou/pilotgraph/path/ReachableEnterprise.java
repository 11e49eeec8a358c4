package city.quanzhou.pilotgraph.path;

import city.quanzhou.pilotgraph.enterprise.Enterprise;

/**
 * An enterprise a result can reach, with the strongest of its shortest paths (from the result to it).
 */
public record ReachableEnterprise(Enterprise enterprise, int hops, double strength, PartnerPath path) {
}
