/**
 * Research results (科技成果), their maturity and pilot needs, and technology contracts that transfer them.
 */
package city.quanzhou.pilotgraph.result;
