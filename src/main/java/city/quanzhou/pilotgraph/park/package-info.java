/**
 * Industrial parks (园区): their record and list query. What is located in them is answered in
 * {@code relationship}.
 */
package city.quanzhou.pilotgraph.park;
