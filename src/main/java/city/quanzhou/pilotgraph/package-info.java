/**
 * pilotgraph: Quanzhou's technology-commercialisation ecosystem as one Neo4j graph, served over GraphQL.
 * The application class only. Below it: {@code system} is the platform and knows no feature; {@code entity} is
 * what every kind shares; each kind's package ({@code base}, {@code enterprise}, ...) imports no other kind;
 * {@code relationship} answers the fields between kinds; analytics, paths, search, editing and ingest build on
 * those; {@code app} alone knows every kind. {@code PackageStructureTests} keeps it so.
 */
package city.quanzhou.pilotgraph;
