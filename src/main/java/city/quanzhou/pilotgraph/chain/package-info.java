/**
 * Industry chains (产业链) and their links (环节), ordered upstream to downstream.
 */
package city.quanzhou.pilotgraph.chain;
