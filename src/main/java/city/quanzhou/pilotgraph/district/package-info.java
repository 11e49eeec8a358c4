/**
 * Quanzhou's twelve districts (区县), by administrative division code: the list and the lookup by code or name.
 * The {@code District} record itself is in {@code entity}, since every located entity answers its district.
 */
package city.quanzhou.pilotgraph.district;
