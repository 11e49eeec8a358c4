/**
 * Platform wiring that every feature relies on: the embedded or external Neo4j, migrations, GraphQL limits and
 * error mapping, security and rate limits, observability and start-up.
 */
package city.quanzhou.pilotgraph.system;
