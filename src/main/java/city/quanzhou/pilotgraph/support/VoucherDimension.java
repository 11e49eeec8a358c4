package city.quanzhou.pilotgraph.support;

/** How vouchers are grouped: by the recipient's chains or district, or by the provider they paid. */
public enum VoucherDimension {

	CHAIN, DISTRICT, PROVIDER

}
