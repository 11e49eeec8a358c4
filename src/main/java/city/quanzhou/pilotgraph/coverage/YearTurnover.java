package city.quanzhou.pilotgraph.coverage;

/** Technology-contract turnover of one year, amounts in 万元. */
public record YearTurnover(int year, int contractCount, double amount, Double growth) {
}
