/**
 * Supply and demand matching (供需对接): bases for a result, a base's digest of new waiting results
 * (定期推送), and solvers for a demand (揭榜挂帅), each with reasons in plain Chinese.
 */
package city.quanzhou.pilotgraph.matching;
