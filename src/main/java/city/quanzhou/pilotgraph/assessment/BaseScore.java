package city.quanzhou.pilotgraph.assessment;

import java.util.List;

import city.quanzhou.pilotgraph.base.TestBase;

/**
 * A base's computed score for a year under one version of the criteria; {@code score} is the sum of the
 * parts' points, so the explanation adds up to the total.
 */
public record BaseScore(TestBase base, int year, int criteriaVersion, double score, String grade, int rank,
		List<ScorePart> parts) {
}
