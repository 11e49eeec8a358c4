package city.quanzhou.pilotgraph.digest;

/** Where a delivery stands. */
public enum DeliveryState {

	PENDING, DELIVERED, FAILED, CANCELLED

}
