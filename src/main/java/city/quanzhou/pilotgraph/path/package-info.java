/**
 * Partner paths, bridging brokers, neighbourhoods and reachability: the questions a technology broker
 * (技术经纪人) asks of the graph. Every search walks only {@link city.quanzhou.pilotgraph.path.RealTies real
 * ties}, is bounded in hops and results, and runs in a read transaction with its own time limit.
 */
package city.quanzhou.pilotgraph.path;
