/**
 * Industry chains (产业链) and their links (环节), ordered upstream to downstream. The links' fields that lead to
 * other kinds (bases, results, enterprises, demands) are answered in {@code relationship}.
 */
package city.quanzhou.pilotgraph.chain;
