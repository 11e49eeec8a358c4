/**
 * Technology demands (技术需求), including 揭榜挂帅 calls, and the solvers found for them.
 */
package city.quanzhou.pilotgraph.demand;
