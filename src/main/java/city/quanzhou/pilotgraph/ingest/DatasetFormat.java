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

	/**
	 * A property and its value rules, the only definition of them: the editor, the tie editor and the import
	 * all check values with {@link #problemWith}. {@code allowed} is empty for free values; {@code maxLength}
	 * bounds text and each entry of a list; {@code multiline} lets text hold line breaks and tabs (other
	 * control characters are never allowed: they are not meant in data and break the text the search model
	 * embeds); {@code maxEntries} bounds a list; numbers lie in {@code min..max}.
	 */
	public record Column(String name, ColumnType type, boolean required, Set<String> allowed, int maxLength,
			boolean multiline, int maxEntries, long min, long max) {

		public static final int MAX_NAME = 200;

		public static final int MAX_DESCRIPTION = 4000;

		public static final int MAX_TEXT = 500;

		public static final int MAX_ENTRY = 100;

		public static final int MAX_ALIASES = 20;

		static Column text(String name) {
			return new Column(name, ColumnType.TEXT, false, Set.of(), MAX_TEXT, false, 0, 0, 0);
		}

		static Column entityName() {
			return new Column("name", ColumnType.TEXT, true, Set.of(), MAX_NAME, false, 0, 0, 0);
		}

		static Column description() {
			return new Column("description", ColumnType.TEXT, false, Set.of(), MAX_DESCRIPTION, true, 0, 0, 0);
		}

		static Column aliases() {
			return new Column("aliases", ColumnType.LIST, false, Set.of(), MAX_ENTRY, false, MAX_ALIASES, 0, 0);
		}

		/** A whole number or amount, never negative. */
		static Column of(String name, ColumnType type) {
			return new Column(name, type, false, Set.of(), 0, false, 0, 0, Long.MAX_VALUE);
		}

		static Column year(String name) {
			return new Column(name, ColumnType.INTEGER, false, Set.of(), 0, false, 0, 1900, 2100);
		}

		static Column flag(String name) {
			return new Column(name, ColumnType.BOOLEAN, false, Set.of(), 0, false, 0, 0, 0);
		}

		/** A value that must be given, in {@code min..max} (a year when min is 1900). */
		static Column required(String name, ColumnType type, long min, long max) {
			return new Column(name, type, true, Set.of(), 0, false, 0, min, max);
		}

		/** A whole number or amount in {@code min..max}, such as a percentage or a score. */
		static Column bounded(String name, ColumnType type, long min, long max) {
			return new Column(name, type, false, Set.of(), 0, false, 0, min, max);
		}

		static Column date(String name) {
			return new Column(name, ColumnType.DATE, false, Set.of(), 0, false, 0, 0, 0);
		}

		static Column choice(String name, boolean required, String... allowed) {
			return new Column(name, ColumnType.TEXT, required, Set.of(allowed), MAX_TEXT, false, 0, 0, 0);
		}

		static Column choices(String name, String... allowed) {
			return new Column(name, ColumnType.LIST, false, Set.of(allowed), MAX_ENTRY, false, allowed.length, 0, 0);
		}

		/**
		 * What is wrong with a value of this column, or null when it is fine. The value is as stored: text
		 * already stripped, a list of stripped entries, a number, a date. Required-ness is the caller's (an
		 * absent value means different things to an upsert and to an import row).
		 */
		public String problemWith(Object value) {
			if (value instanceof String text) {
				if (text.length() > this.maxLength) {
					return "is " + text.length() + " characters long; at most " + this.maxLength + " are allowed";
				}
				String control = controlCharacterIn(text, this.multiline);
				if (control != null) {
					return control;
				}
				if (!this.allowed.isEmpty() && !this.allowed.contains(text)) {
					return "'" + text + "' is not one of " + new java.util.TreeSet<>(this.allowed);
				}
			}
			if (value instanceof List<?> list) {
				if (list.size() > this.maxEntries) {
					return "has " + list.size() + " entries; at most " + this.maxEntries + " are allowed";
				}
				for (Object item : list) {
					String text = String.valueOf(item);
					if (text.isBlank() || text.length() > this.maxLength) {
						return "entries must be 1 to " + this.maxLength + " characters long";
					}
					String control = controlCharacterIn(text, false);
					if (control != null) {
						return control;
					}
					if (!this.allowed.isEmpty() && !this.allowed.contains(text)) {
						return "'" + text + "' is not one of " + new java.util.TreeSet<>(this.allowed);
					}
				}
			}
			if (value instanceof Number number) {
				double amount = number.doubleValue();
				if (this.min == 1900 && (amount < this.min || amount > this.max)) {
					return number + " is not a plausible year (1900 to 2100)";
				}
				if (amount < this.min) {
					return "must not be negative";
				}
				if (amount > this.max) {
					return "must be at most " + this.max;
				}
			}
			return null;
		}

		private static String controlCharacterIn(String text, boolean lineBreaksAllowed) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.getType(c) == Character.CONTROL && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
					return String.format("contains the control character U+%04X; only printable text is allowed", (int) c);
				}
			}
			return null;
		}

	}

	/** The name column of districts.csv, checked like every entity's name. */
	static final Column DISTRICT_NAME = Column.entityName();

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

	private static final List<Column> COMMON_TAIL = List.of(Column.description(), SOURCE, Column.text("sourceNote"));

	/**
	 * Where a tie's fact comes from: the entity sources, and two that say only how the tie got in (an editor made
	 * it; an import brought it without saying). Optional in tie files: a file without the column (or an empty
	 * cell) makes new ties {@code IMPORT} and leaves the source of existing ones as it is.
	 */
	public static final Column TIE_SOURCE = Column.choice("source", false, "SOURCE_DOCUMENT", "PUBLIC", "SYNTHETIC",
			"EDITOR", "IMPORT");

	/** A tie's provenance columns, which every tie file and every tie an editor makes may carry. */
	public static final List<Column> TIE_PROVENANCE = List.of(TIE_SOURCE, Column.text("sourceNote"));

	/** The columns a tie file may leave out: files written before ties carried a source stay valid. */
	public static final Set<String> OPTIONAL_TIE_COLUMNS = Set.of("source", "sourceNote");

	/** The tie source a new tie of an import gets when its row names none. */
	public static final String IMPORTED = "IMPORT";

	private static final Set<EntityKind> ORGANISATIONS = Set.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE);

	private static final Set<EntityKind> PARTIES = Set.of(EntityKind.INSTITUTE, EntityKind.ENTERPRISE,
			EntityKind.TEST_BASE);

	private static Reference district() {
		return new Reference("districtCode", Relation.LOCATED_IN, Set.of());
	}

	private static Reference park() {
		return new Reference("parkId", Relation.IN_PARK, Set.of(EntityKind.PARK));
	}

	private static final Column GRANT_LEVEL = Column.choice("level", false, "PROVINCIAL", "MUNICIPAL", "COUNTY");

	/** A policy record's columns: a name, its own, then description and provenance like every kind. */
	private static List<Column> policyColumns(Column... own) {
		var all = new java.util.ArrayList<Column>();
		all.add(Column.entityName());
		all.addAll(List.of(own));
		all.addAll(COMMON_TAIL);
		return List.copyOf(all);
	}

	private static List<Column> columns(List<Column> own) {
		var all = new java.util.ArrayList<Column>();
		all.add(Column.entityName());
		all.add(Column.aliases());
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
							Column.flag("inCity"))),
					List.of(district())),
			new NodeFile("enterprises.csv", EntityKind.ENTERPRISE, columns(List.of(Column.flag("lead"))),
					List.of(district(), park())),
			new NodeFile("test_bases.csv", EntityKind.TEST_BASE,
					columns(List.of(Column.choice("status", true, "PLANNED", "UNDER_CONSTRUCTION", "OPERATING", "SUSPENDED"),
							Column.flag("openToPublic"),
							Column.choices("services", "CONCEPT_VERIFICATION", "PILOT_MATURATION", "SMALL_BATCH_TRIAL",
									"TESTING_CERTIFICATION"),
							Column.choice("recognition", false, "NONE", "REGISTERED", "RECOGNISED", "PROVINCIAL"),
							Column.choice("operatingModel", false, "INSTITUTE_INCUBATOR", "ENTERPRISE_INSTITUTE",
									"INSTITUTE_INVESTOR", "OTHER"),
							Column.year("establishedYear"), Column.of("equipmentValue", ColumnType.DECIMAL))),
					List.of(district(), park())),
			new NodeFile("results.csv", EntityKind.RESULT,
					columns(List.of(Column.choice("maturity", true, "LAB", "BENCH", "PILOT", "INDUSTRIAL"),
							Column.flag("needsPilot"), Column.date("publishedOn"))),
					List.of()),
			new NodeFile("transfer_agencies.csv", EntityKind.TRANSFER_AGENCY,
					columns(List.of(Column.choice("level", false, "NATIONAL", "PROVINCIAL", "MUNICIPAL"))), List.of(district())),
			new NodeFile("brokers.csv", EntityKind.BROKER,
					List.of(Column.entityName(), Column.choice("level", false, "JUNIOR", "INTERMEDIATE", "SENIOR"),
							Column.text("phone"), Column.text("email"), Column.description(), SOURCE,
							Column.text("sourceNote")),
					List.of(new Reference("agencyId", Relation.WORKS_FOR, Set.of(EntityKind.TRANSFER_AGENCY)))),
			new NodeFile("demands.csv", EntityKind.DEMAND,
					List.of(Column.entityName(), Column.year("year"), Column.of("budget", ColumnType.DECIMAL),
							Column.flag("challengeList"), Column.choice("status", false, "OPEN", "FUNDED", "SOLVED"),
							Column.description(), SOURCE, Column.text("sourceNote")),
					List.of(new Reference("enterpriseId", Relation.POSTED, Set.of(EntityKind.ENTERPRISE), true))),
			new NodeFile("funds.csv", EntityKind.FUND,
					columns(List.of(Column.choice("category", false, "ANGEL", "VENTURE", "INDUSTRY"),
							Column.choice("level", false, "CITY", "COUNTY", "STATE_OWNED", "EXTERNAL"))),
					List.of()),
			// the policy instruments: records with a name, no aliases, tied to the entities they concern
			new NodeFile("voucher_grants.csv", EntityKind.VOUCHER_GRANT,
					policyColumns(Column.required("year", ColumnType.INTEGER, 1900, 2100),
							Column.required("amount", ColumnType.DECIMAL, 0, Long.MAX_VALUE),
							Column.choice("service", false, "CONCEPT_VERIFICATION", "PILOT_MATURATION", "SMALL_BATCH_TRIAL",
									"TESTING_CERTIFICATION", "RESEARCH_DEVELOPMENT", "TECHNICAL_CONSULTING"),
							GRANT_LEVEL, Column.text("programme")),
					List.of(new Reference("recipientId", Relation.GRANTED_TO, Set.of(EntityKind.ENTERPRISE)),
							new Reference("providerId", Relation.REDEEMED_AT,
									Set.of(EntityKind.TEST_BASE, EntityKind.INSTITUTE, EntityKind.TRANSFER_AGENCY)))),
			new NodeFile("subsidies.csv", EntityKind.SUBSIDY,
					policyColumns(Column.choice("subsidyKind", true, "EQUIPMENT", "OPERATION", "REWARD", "TRANSFER_AGENCY",
							"TRANSFER_AWARD"), GRANT_LEVEL, Column.text("programme"),
							Column.required("year", ColumnType.INTEGER, 1900, 2100),
							Column.required("amount", ColumnType.DECIMAL, 0, Long.MAX_VALUE),
							Column.of("basisAmount", ColumnType.DECIMAL)),
					List.of(new Reference("recipientId", Relation.GRANTED_TO, Set.of(EntityKind.TEST_BASE,
							EntityKind.TRANSFER_AGENCY, EntityKind.ENTERPRISE, EntityKind.INSTITUTE)))),
			new NodeFile("assessments.csv", EntityKind.ASSESSMENT,
					policyColumns(Column.required("year", ColumnType.INTEGER, 1900, 2100),
							Column.bounded("score", ColumnType.DECIMAL, 0, 100),
							Column.choice("grade", false, "EXCELLENT", "GOOD", "PASS", "FAIL"),
							Column.bounded("criteriaVersion", ColumnType.INTEGER, 1, Integer.MAX_VALUE)),
					List.of(new Reference("baseId", Relation.ASSESSES, Set.of(EntityKind.TEST_BASE)))),
			new NodeFile("recognition_steps.csv", EntityKind.RECOGNITION_STEP,
					policyColumns(Column.choice("step", true, "APPLIED", "REGISTERED", "ASSESSED", "RECOGNISED", "PROVINCIAL"),
							Column.date("decidedOn"), Column.choice("decision", false, "APPROVED", "REJECTED", "PENDING"),
							Column.text("document")),
					List.of(new Reference("baseId", Relation.STEP_OF, Set.of(EntityKind.TEST_BASE)))),
			new NodeFile("training_events.csv", EntityKind.TRAINING_EVENT,
					policyColumns(Column.date("heldOn"), Column.choice("audience", false, "BROKERS", "BASE_STAFF", "MIXED"),
							Column.choice("level", false, "JUNIOR", "INTERMEDIATE", "SENIOR"),
							Column.of("participants", ColumnType.INTEGER), Column.of("newBrokers", ColumnType.INTEGER)),
					List.of(new Reference("organiserId", Relation.ORGANISED_BY,
							Set.of(EntityKind.TRANSFER_AGENCY, EntityKind.INSTITUTE)))),
			new NodeFile("benefit_terms.csv", EntityKind.BENEFIT_TERMS,
					policyColumns(Column.choice("ipOwnership", false, "INSTITUTE", "BASE", "CLIENT", "SHARED", "BY_CONTRACT"),
							Column.bounded("inventorShare", ColumnType.INTEGER, 0, 100),
							Column.bounded("baseShare", ColumnType.INTEGER, 0, 100), Column.flag("marketOperated")),
					List.of(new Reference("baseId", Relation.TERMS_OF, Set.of(EntityKind.TEST_BASE)))));

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
					Set.of(EntityKind.RESULT), Column.year("year")),
			tie("base_serves.csv", Relation.SERVED, "baseId", Set.of(EntityKind.TEST_BASE), "enterpriseId",
					Set.of(EntityKind.ENTERPRISE), Column.year("year"),
					Column.of("projects", ColumnType.INTEGER)),
			tie("enterprise_links.csv", Relation.ACTIVE_IN, "enterpriseId", Set.of(EntityKind.ENTERPRISE), "linkId",
					Set.of(EntityKind.CHAIN_LINK)),
			tie("cooperations.csv", Relation.COOPERATES_WITH, "instituteId", Set.of(EntityKind.INSTITUTE), "enterpriseId",
					Set.of(EntityKind.ENTERPRISE), Column.of("projects", ColumnType.INTEGER),
					Column.year("firstYear"), Column.year("lastYear")),
			tie("broker_serves.csv", Relation.SERVES, "brokerId", Set.of(EntityKind.BROKER), "partyId", PARTIES,
					Column.year("since")),
			tie("broker_deals.csv", Relation.BROKERED, "brokerId", Set.of(EntityKind.BROKER), "partyId", PARTIES,
					Column.of("deals", ColumnType.INTEGER), Column.year("lastYear")),
			tie("transfers.csv", Relation.TRANSFERRED_TO, "resultId", Set.of(EntityKind.RESULT), "enterpriseId",
					Set.of(EntityKind.ENTERPRISE), Column.of("amount", ColumnType.DECIMAL), Column.year("year")),
			tie("demand_links.csv", Relation.ON_LINK, "demandId", Set.of(EntityKind.DEMAND), "linkId",
					Set.of(EntityKind.CHAIN_LINK)),
			new TieFile("demand_solvers.csv", Relation.SOLVES, "demandId", Set.of(EntityKind.DEMAND), "solverId",
					Set.of(EntityKind.INSTITUTE), true,
					withProvenance(Column.year("year"), Column.of("funding", ColumnType.DECIMAL))),
			tie("investments.csv", Relation.INVESTS_IN, "fundId", Set.of(EntityKind.FUND), "targetId",
					Set.of(EntityKind.ENTERPRISE, EntityKind.TEST_BASE), Column.of("amount", ColumnType.DECIMAL),
					Column.year("year")),
			tie("training_participants.csv", Relation.TRAINED, "trainingId", Set.of(EntityKind.TRAINING_EVENT),
					"participantId", Set.of(EntityKind.BROKER, EntityKind.TEST_BASE)));

	private static TieFile tie(String file, Relation relation, String fromColumn, Set<EntityKind> fromKinds,
			String toColumn, Set<EntityKind> toKinds, Column... columns) {
		return new TieFile(file, relation, fromColumn, fromKinds, toColumn, toKinds, false, withProvenance(columns));
	}

	private static List<Column> withProvenance(Column... columns) {
		var all = new java.util.ArrayList<>(List.of(columns));
		all.addAll(TIE_PROVENANCE);
		return List.copyOf(all);
	}


}
