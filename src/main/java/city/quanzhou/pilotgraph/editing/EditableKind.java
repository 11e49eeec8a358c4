package city.quanzhou.pilotgraph.editing;

import java.util.List;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.ingest.DatasetFormat;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.NodeFile;

/**
 * What an upsert of one kind may set: the kind's properties and single references exactly as the dataset
 * format defines them (so mutations and imports validate alike), plus the lists of ties an input replaces
 * as a whole, such as a base's covered links.
 */
enum EditableKind {

	INSTITUTE(EntityKind.INSTITUTE, "institute", "inst"),
	ENTERPRISE(EntityKind.ENTERPRISE, "enterprise", "ent",
			new TieList("chainLinkIds", Relation.ACTIVE_IN, Set.of(EntityKind.CHAIN_LINK))),
	TEST_BASE(EntityKind.TEST_BASE, "base", "base",
			new TieList("coversLinkIds", Relation.COVERS, Set.of(EntityKind.CHAIN_LINK)),
			new TieList("operatorIds", Relation.OPERATED_BY, Set.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE, EntityKind.PARK))),
	RESULT(EntityKind.RESULT, "result", "res",
			new TieList("ownerIds", Relation.OWNED_BY, Set.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE)),
			new TieList("chainLinkIds", Relation.APPLIES_TO, Set.of(EntityKind.CHAIN_LINK))),
	INDUSTRY_CHAIN(EntityKind.INDUSTRY_CHAIN, "chain", "chain"),
	CHAIN_LINK(EntityKind.CHAIN_LINK, "link", "link"),
	BROKER(EntityKind.BROKER, "broker", "broker"),
	TRANSFER_AGENCY(EntityKind.TRANSFER_AGENCY, "agency", "agency"),
	DEMAND(EntityKind.DEMAND, "demand", "demand",
			new TieList("chainLinkIds", Relation.ON_LINK, Set.of(EntityKind.CHAIN_LINK))),
	FUND(EntityKind.FUND, "fund", "fund"),
	PARK(EntityKind.PARK, "park", "park"),
	VOUCHER_GRANT(EntityKind.VOUCHER_GRANT, "voucher", "voucher"),
	SUBSIDY(EntityKind.SUBSIDY, "subsidy", "subsidy"),
	ASSESSMENT(EntityKind.ASSESSMENT, "assessment", "assess"),
	RECOGNITION_STEP(EntityKind.RECOGNITION_STEP, "step", "recog"),
	TRAINING_EVENT(EntityKind.TRAINING_EVENT, "training", "training",
			new TieList("trainedIds", Relation.TRAINED, Set.of(EntityKind.BROKER, EntityKind.TEST_BASE))),
	BENEFIT_TERMS(EntityKind.BENEFIT_TERMS, "terms", "terms");

	/** An input field holding ids; the upsert makes the entity's outgoing ties of this type exactly these. */
	record TieList(String field, Relation relation, Set<EntityKind> targets) {
	}

	private final EntityKind kind;

	private final String payloadField;

	private final String idPrefix;

	private final List<TieList> tieLists;

	EditableKind(EntityKind kind, String payloadField, String idPrefix, TieList... tieLists) {
		this.kind = kind;
		this.payloadField = payloadField;
		this.idPrefix = idPrefix;
		this.tieLists = List.of(tieLists);
	}

	EntityKind kind() {
		return this.kind;
	}

	/** The payload type's field that holds the entity, e.g. {@code base} in {@code TestBasePayload}. */
	String payloadField() {
		return this.payloadField;
	}

	String idPrefix() {
		return this.idPrefix;
	}

	List<TieList> tieLists() {
		return this.tieLists;
	}

	/**
	 * References without which a record means nothing (a voucher without its enterprise, an assessment
	 * without its base): a create must name them and no write may clear them.
	 */
	Set<String> requiredReferences() {
		return switch (this) {
			case CHAIN_LINK -> Set.of("chainId");
			case VOUCHER_GRANT, SUBSIDY -> Set.of("recipientId");
			case ASSESSMENT, RECOGNITION_STEP, BENEFIT_TERMS -> Set.of("baseId");
			default -> Set.of();
		};
	}

	NodeFile format() {
		return DatasetFormat.NODE_FILES.stream().filter((file) -> file.kind() == this.kind).findFirst().orElseThrow();
	}

	static EditableKind of(EntityKind kind) {
		return valueOf(kind.name());
	}

}
