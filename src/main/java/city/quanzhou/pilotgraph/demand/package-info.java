/**
 * Technology demands (技术需求), including 揭榜挂帅 calls. Who posted a demand, its chain links and its solvers
 * are answered in {@code relationship}.
 */
package city.quanzhou.pilotgraph.demand;
