package city.quanzhou.pilotgraph.institute;

import city.quanzhou.pilotgraph.enterprise.Enterprise;

/**
 * Institute–enterprise cooperation (产学研合作): joint projects and the years they span.
 */
public record Cooperation(Institute institute, Enterprise enterprise, Integer projects, Integer firstYear, Integer lastYear) {
}
