/**
 * English names of the reference data a planner reads in English mode: industry chains, chain links and
 * districts, from {@code seed-data/translations/names_en.csv} (by entity id or district code). The graph holds
 * the Chinese names; a chain or link without a line in the file has no English name and shows its Chinese one.
 */
package city.quanzhou.pilotgraph.names;
