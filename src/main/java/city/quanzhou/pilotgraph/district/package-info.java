/**
 * Quanzhou's twelve districts (区县), by administrative division code, and what is located in each.
 */
package city.quanzhou.pilotgraph.district;
