/**
 * Gap and coverage analytics for planners and dashboards: chain coverage and gaps, district coverage,
 * results waiting for pilot testing, base performance, group-by breakdowns and the ecosystem summary.
 * Every analytic is one Cypher statement (plus, at most, one lookup that validates an argument); the
 * statements live in {@code CoverageQueries}.
 */
package city.quanzhou.pilotgraph.coverage;
