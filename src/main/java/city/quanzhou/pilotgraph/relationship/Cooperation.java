package city.quanzhou.pilotgraph.relationship;

import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.institute.Institute;

/**
 * Institute–enterprise cooperation (产学研合作): joint projects and the years they span.
 * {@code source} says where the tie's fact comes from (a TieSource name), {@code sourceNote} cites it.
 */
public record Cooperation(Institute institute, Enterprise enterprise, Integer projects, Integer firstYear, Integer lastYear, String source, String sourceNote) {
}
