/**
 * pilotgraph: Quanzhou's technology-commercialisation ecosystem as one Neo4j graph, served over GraphQL.
 * The application class only; feature packages hold the domain, {@code system} the platform wiring.
 */
package city.quanzhou.pilotgraph;
