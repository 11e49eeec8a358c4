/**
 * What public money bought, as planners ask it: support received against services delivered per base and
 * year, vouchers by chain, district and provider, the recognition pipeline, bases never assessed, and who
 * trained how many brokers and bases.
 */
package city.quanzhou.pilotgraph.support;
