package city.quanzhou.pilotgraph.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of node in the ecosystem graph. Each is stored with two labels, {@code :Entity} and its own
 * ({@link #label()}), so that one uniqueness constraint covers every id and lookups by id need no kind.
 * The label doubles as the GraphQL type name; it is the allow-list for every dynamic label in Cypher.
 */
public enum EntityKind {

	INSTITUTE("Institute"),
	ENTERPRISE("Enterprise"),
	TEST_BASE("TestBase"),
	RESULT("Result"),
	INDUSTRY_CHAIN("IndustryChain"),
	CHAIN_LINK("ChainLink"),
	BROKER("Broker"),
	TRANSFER_AGENCY("TransferAgency"),
	DEMAND("Demand"),
	FUND("Fund"),
	PARK("Park");

	private final String label;

	EntityKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<EntityKind> ofLabel(String label) {
		return Arrays.stream(values()).filter((kind) -> kind.label.equals(label)).findFirst();
	}

}
