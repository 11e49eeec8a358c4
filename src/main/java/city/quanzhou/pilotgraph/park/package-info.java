/**
 * Industrial parks (园区) and what is located in them.
 */
package city.quanzhou.pilotgraph.park;
