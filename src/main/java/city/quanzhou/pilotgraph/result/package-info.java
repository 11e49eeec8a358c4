/**
 * Research results (科技成果), their maturity and pilot needs, and each owner's results. Their chain links,
 * pilots and technology contracts are answered in {@code relationship}.
 */
package city.quanzhou.pilotgraph.result;
