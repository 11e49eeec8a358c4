/**
 * Enterprises (企业): their record and list query. Their ties to other kinds (park, contracts, cooperations,
 * demands, bases, brokers, ...) are answered in {@code relationship}.
 */
package city.quanzhou.pilotgraph.enterprise;
