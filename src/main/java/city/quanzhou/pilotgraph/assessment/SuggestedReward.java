package city.quanzhou.pilotgraph.assessment;

/**
 * What a reward budget would pay one base: its share of the budget in proportion to its score, in 万元.
 */
public record SuggestedReward(BaseScore score, double amount, double share) {
}
