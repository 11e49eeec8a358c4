package city.quanzhou.pilotgraph.support;

/**
 * Vouchers of one chain, district or provider: how many, to how many enterprises, how much (万元).
 */
public record VoucherGroup(String key, String name, long grants, long enterprises, double amount) {
}
