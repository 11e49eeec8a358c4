/**
 * Enterprises (企业): their records and the ties a GraphQL client follows from them.
 */
package city.quanzhou.pilotgraph.enterprise;
