package city.quanzhou.pilotgraph.assessment;

/**
 * One criterion's share of a base's score: its measured value, the best value of any base that year, the
 * value as a share of the best, the criterion's weight and the points it gives (weight × normalised, to
 * two decimals).
 */
public record ScorePart(Criterion criterion, String label, double value, double best, double normalised, double weight,
		double points) {
}
