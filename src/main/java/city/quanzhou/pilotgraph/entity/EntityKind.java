package city.quanzhou.pilotgraph.entity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
	PARK("Park"),
	VOUCHER_GRANT("VoucherGrant", true),
	SUBSIDY("Subsidy", true),
	ASSESSMENT("Assessment", true),
	RECOGNITION_STEP("RecognitionStep", true),
	TRAINING_EVENT("TrainingEvent", true),
	BENEFIT_TERMS("BenefitTerms", true);

	// read for every entity of every answer (its labels name its kind): a map, not a walk over the values
	private static final Map<String, EntityKind> BY_LABEL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EntityKind::label, Function.identity()));

	private final String label;

	private final boolean policyRecord;

	EntityKind(String label) {
		this(label, false);
	}

	EntityKind(String label, boolean policyRecord) {
		this.label = label;
		this.policyRecord = policyRecord;
	}

	/**
	 * A record of a policy instrument (a voucher, a subsidy, an assessment, ...) about the ecosystem's actors
	 * rather than an actor itself: a search that names no kinds leaves these out, since their names repeat
	 * the names of the bases and enterprises they concern.
	 */
	public boolean policyRecord() {
		return this.policyRecord;
	}

	public String label() {
		return this.label;
	}

	public static Optional<EntityKind> ofLabel(String label) {
		return (label != null) ? Optional.ofNullable(BY_LABEL.get(label)) : Optional.empty();
	}

}
