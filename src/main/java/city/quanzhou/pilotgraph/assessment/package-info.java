/**
 * Assessment of pilot bases (运行服务绩效考核评价): versioned criteria and weights that an admin changes, a
 * score per base and year computed from the graph and explained criterion by criterion, the ranking, and
 * the rewards a budget would pay (择优奖励补助). The formula is in {@code docs/assessment.md}.
 */
package city.quanzhou.pilotgraph.assessment;
