package city.quanzhou.pilotgraph.ingest;

import java.util.List;

import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;

/**
 * The dataset format of {@code seed-data/FORMAT.md} as data: which file holds which kind or relationship,
 * and what each column is. The loader and its validation are driven by this description alone.
 */
public final class DatasetFormat {

	private DatasetFormat() {
	}

	/** A property column; {@code allowed} is empty for free values. */
	public record Column(String name, ColumnType type, boolean required, Set<String> allowed) {

		static Column text(String name) {
			return new Column(name, ColumnType.TEXT, false, Set.of());
		}

		static Column required(String name) {
			return new Column(name, ColumnType.TEXT, true, Set.of());
		}

		static Column of(String name, ColumnType type) {
			return new Column(name, type, false, Set.of());
		}

		static Column choice(String name, boolean required, String... allowed) {
			return new Column(name, ColumnType.TEXT, required, Set.of(allowed));
		}

		static Column choices(String name, String... allowed) {
			return new Column(name, ColumnType.LIST, false, Set.of(allowed));
		}

	}

	/**
	 * A column holding the id of another node, written as a relationship rather than a property. The
	 * relationship points from the row's node to the referenced one, unless {@code incoming} (a demand's
	 * {@code enterpriseId}: the enterprise POSTED the demand).
	 */
	public record Reference(String column, Relation relation, Set<EntityKind> targets, boolean incoming) {

		Reference(String column, Relation relation, Set<EntityKind> targets) {
			this(column, relation, targets, false);
		}

		/** References to a district use its code; {@code targets} is empty for them. */
		public boolean toDistrict() {
			return this.targets.isEmpty();
		}

	}

	public record NodeFile(String file, EntityKind kind, List<Column> columns, List<Reference> references) {
	}

	/**
	 * A relationship file: {@code fromColumn} and {@code toColumn} name the ids; when {@code reversed}, the
	 * relationship points from the second column's node to the first's.
	 */
	public record TieFile(String file, Relation relation, String fromColumn, Set<EntityKind> fromKinds, String toColumn,
			Set<EntityKind> toKinds, boolean reversed, List<Column> columns) {
	}

	static final String DISTRICTS = "districts.csv";

	private static final Column SOURCE = Column.choice("source", true, "SOURCE_DOCUMENT", "PUBLIC", "SYNTHETIC");

	private static final List<Column> COMMON_TAIL = List.of(Column.text("description"), SOURCE, Column.text("sourceNote"));

	private static final Set<EntityKind> ORGANISATIONS = Set.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE);

	private static final Set<EntityKind> PARTIES = Set.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE,
			EntityKind.TEST_BASE);

	private static Reference district() {
		return new Reference("districtCode", Relation.LOCATED_IN, Set.of());
	}

	private static Reference park() {
		return new Reference("parkId", Relation.IN_PARK, Set.of(EntityKind.PARK));
	}

	private static List<Column> columns(List<Column> own) {
		var all = new java.util.ArrayList<Column>();
		all.add(Column.required("name"));
		all.add(Column.of("aliases", ColumnType.LIST));
		all.addAll(own);
		all.addAll(COMMON_TAIL);
		return List.copyOf(all);
	}

	/** Node files in the order they must be written (targets of references first). */
	public static final List<NodeFile> NODE_FILES = List.of(
			new NodeFile("industry_chains.csv", EntityKind.INDUSTRY_CHAIN, columns(List.of()), List.of()),
			new NodeFile("chain_links.csv", EntityKind.CHAIN_LINK,
					columns(List.of(Column.choice("stage", true, "UPSTREAM", "MIDSTREAM", "DOWNSTREAM"))),
					List.of(new Reference("chainId", Relation.PART_OF, Set.of(EntityKind.INDUSTRY_CHAIN)))),
			new NodeFile("parks.csv", EntityKind.PARK,
					columns(List.of(Column.choice("category", false, "HIGH_TECH_PARK", "STANDARD_INDUSTRIAL_PARK", "INCUBATOR",
							"SCIENCE_PARK", "ADMIN_ZONE"))),
					List.of(district())),
			new NodeFile("institutes.csv", EntityKind.INSTITUTE,
					columns(List.of(Column.choice("category", false, "UNIVERSITY", "RESEARCH_INSTITUTE", "LAB", "ACADEMY_BRANCH"),
							Column.of("inCity", ColumnType.BOOLEAN))),
					List.of(district())),
			new NodeFile("enterprises.csv", EntityKind.ENTERPRISE, columns(List.of(Column.of("lead", ColumnType.BOOLEAN))),
					List.of(district(), park())),
			new NodeFile("test_bases.csv", EntityKind.TEST_BASE,
					columns(List.of(Column.choice("status", true, "PLANNED", "UNDER_CONSTRUCTION", "OPERATING", "SUSPENDED"),
							Column.of("openToPublic", ColumnType.BOOLEAN),
							Column.choices("services", "CONCEPT_VERIFICATION", "PILOT_MATURATION", "SMALL_BATCH_TRIAL",
									"TESTING_CERTIFICATION"),
							Column.choice("recognition", false, "NONE", "REGISTERED", "RECOGNISED", "PROVINCIAL"),
							Column.choice("operatingModel", false, "INSTITUTE_INCUBATOR", "ENTERPRISE_INSTITUTE",
									"INSTITUTE_INVESTOR", "OTHER"),
							Column.of("establishedYear", ColumnType.INTEGER), Column.of("equipmentValue", ColumnType.DECIMAL))),
					List.of(district(), park())),
			new NodeFile("results.csv", EntityKind.RESULT,
					columns(List.of(Column.choice("maturity", true, "LAB", "BENCH", "PILOT", "INDUSTRIAL"),
							Column.of("needsPilot", ColumnType.BOOLEAN), Column.of("publishedOn", ColumnType.DATE))),
					List.of()),
			new NodeFile("transfer_agencies.csv", EntityKind.TRANSFER_AGENCY,
					columns(List.of(Column.choice("level", false, "NATIONAL", "PROVINCIAL", "MUNICIPAL"))), List.of(district())),
			new NodeFile("brokers.csv", EntityKind.BROKER,
					List.of(Column.required("name"), Column.choice("level", false, "JUNIOR", "INTERMEDIATE", "SENIOR"),
							Column.text("phone"), Column.text("email"), Column.text("description"), SOURCE,
							Column.text("sourceNote")),
					List.of(new Reference("agencyId", Relation.WORKS_FOR, Set.of(EntityKind.TRANSFER_AGENCY)))),
			new NodeFile("demands.csv", EntityKind.DEMAND,
					List.of(Column.required("name"), Column.of("year", ColumnType.INTEGER), Column.of("budget", ColumnType.DECIMAL),
							Column.of("challengeList", ColumnType.BOOLEAN), Column.choice("status", false, "OPEN", "FUNDED", "SOLVED"),
							Column.text("description"), SOURCE, Column.text("sourceNote")),
					List.of(new Reference("enterpriseId", Relation.POSTED, Set.of(EntityKind.ENTERPRISE), true))),
			new NodeFile("funds.csv", EntityKind.FUND,
					columns(List.of(Column.choice("category", false, "ANGEL", "VENTURE", "INDUSTRY"),
							Column.choice("level", false, "CITY", "COUNTY", "STATE_OWNED", "EXTERNAL"))),
					List.of()));

	/** Relationship files, written after every node file. */
	public static final List<TieFile> TIE_FILES = List.of(
			tie("link_feeds.csv", Relation.FEEDS, "fromLinkId", Set.of(EntityKind.CHAIN_LINK), "toLinkId",
					Set.of(EntityKind.CHAIN_LINK)),
			tie("result_owners.csv", Relation.OWNED_BY, "resultId", Set.of(EntityKind.RESULT), "ownerId", ORGANISATIONS),
			tie("result_links.csv", Relation.APPLIES_TO, "resultId", Set.of(EntityKind.RESULT), "linkId",
					Set.of(EntityKind.CHAIN_LINK)),
			tie("base_covers.csv", Relation.COVERS, "baseId", Set.of(EntityKind.TEST_BASE), "linkId",
					Set.of(EntityKind.CHAIN_LINK)),
			tie("base_operators.csv", Relation.OPERATED_BY, "baseId", Set.of(EntityKind.TEST_BASE), "operatorId",
					Set.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE, EntityKind.PARK),
					Column.choice("role", false, "LEAD", "PARTNER", "INCUBATOR", "INVESTOR")),
			tie("base_pilots.csv", Relation.PILOTED, "baseId", Set.of(EntityKind.TEST_BASE), "resultId",
					Set.of(EntityKind.RESULT), Column.of("year", ColumnType.INTEGER)),
			tie("base_serves.csv", Relation.SERVED, "baseId", Set.of(EntityKind.TEST_BASE), "enterpriseId",
					Set.of(EntityKind.ENTERPRISE), Column.of("year", ColumnType.INTEGER),
					Column.of("projects", ColumnType.INTEGER)),
			tie("enterprise_links.csv", Relation.ACTIVE_IN, "enterpriseId", Set.of(EntityKind.ENTERPRISE), "linkId",
					Set.of(EntityKind.CHAIN_LINK)),
			tie("cooperations.csv", Relation.COOPERATES_WITH, "instituteId", Set.of(EntityKind.INSTITUTE), "enterpriseId",
					Set.of(EntityKind.ENTERPRISE), Column.of("projects", ColumnType.INTEGER),
					Column.of("firstYear", ColumnType.INTEGER), Column.of("lastYear", ColumnType.INTEGER)),
			tie("broker_serves.csv", Relation.SERVES, "brokerId", Set.of(EntityKind.BROKER), "partyId", PARTIES,
					Column.of("since", ColumnType.INTEGER)),
			tie("broker_deals.csv", Relation.BROKERED, "brokerId", Set.of(EntityKind.BROKER), "partyId", PARTIES,
					Column.of("deals", ColumnType.INTEGER), Column.of("lastYear", ColumnType.INTEGER)),
			tie("transfers.csv", Relation.TRANSFERRED_TO, "resultId", Set.of(EntityKind.RESULT), "enterpriseId",
					Set.of(EntityKind.ENTERPRISE), Column.of("amount", ColumnType.DECIMAL), Column.of("year", ColumnType.INTEGER)),
			tie("demand_links.csv", Relation.ON_LINK, "demandId", Set.of(EntityKind.DEMAND), "linkId",
					Set.of(EntityKind.CHAIN_LINK)),
			new TieFile("demand_solvers.csv", Relation.SOLVES, "demandId", Set.of(EntityKind.DEMAND), "solverId",
					Set.of(EntityKind.INSTITUTE), true,
					List.of(Column.of("year", ColumnType.INTEGER), Column.of("funding", ColumnType.DECIMAL))),
			tie("investments.csv", Relation.INVESTS_IN, "fundId", Set.of(EntityKind.FUND), "targetId",
					Set.of(EntityKind.ENTERPRISE, EntityKind.TEST_BASE), Column.of("amount", ColumnType.DECIMAL),
					Column.of("year", ColumnType.INTEGER)));

	private static TieFile tie(String file, Relation relation, String fromColumn, Set<EntityKind> fromKinds,
			String toColumn, Set<EntityKind> toKinds, Column... columns) {
		return new TieFile(file, relation, fromColumn, fromKinds, toColumn, toKinds, false, List.of(columns));
	}


}
