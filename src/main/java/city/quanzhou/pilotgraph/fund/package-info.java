/**
 * Funds (基金) and their investments in enterprises and pilot bases.
 */
package city.quanzhou.pilotgraph.fund;
