package city.quanzhou.pilotgraph.entity;

/**
 * Every relationship type of the graph, pointing the way {@code docs/graph-model.md} draws it. This enum is
 * the allow-list for relationship types used in dynamic Cypher.
 */
public enum Relation {

	/** (Result)-[:OWNED_BY]->(Institute|Enterprise) */
	OWNED_BY,
	/** (Result)-[:APPLIES_TO]->(ChainLink) */
	APPLIES_TO,
	/** (TestBase)-[:COVERS]->(ChainLink) */
	COVERS,
	/** (TestBase)-[:OPERATED_BY {role}]->(Institute|Enterprise|Park) */
	OPERATED_BY,
	/** (Institute|Enterprise|TestBase|TransferAgency|Park)-[:LOCATED_IN]->(District) */
	LOCATED_IN,
	/** (Enterprise|TestBase)-[:IN_PARK]->(Park) */
	IN_PARK,
	/** (TestBase)-[:PILOTED {year}]->(Result) */
	PILOTED,
	/** (TestBase)-[:SERVED {year, projects}]->(Enterprise) */
	SERVED,
	/** (ChainLink)-[:PART_OF]->(IndustryChain) */
	PART_OF,
	/** (ChainLink)-[:FEEDS]->(ChainLink): upstream supplies downstream */
	FEEDS,
	/** (Enterprise)-[:ACTIVE_IN]->(ChainLink) */
	ACTIVE_IN,
	/** (Institute)-[:COOPERATES_WITH {projects, firstYear, lastYear}]->(Enterprise) */
	COOPERATES_WITH,
	/** (Broker)-[:WORKS_FOR]->(TransferAgency) */
	WORKS_FOR,
	/** (Broker)-[:SERVES {since}]->(Institute|Enterprise|TestBase) */
	SERVES,
	/** (Broker)-[:BROKERED {deals, lastYear}]->(Institute|Enterprise|TestBase) */
	BROKERED,
	/** (Result)-[:TRANSFERRED_TO {amount, year}]->(Enterprise): a technology contract */
	TRANSFERRED_TO,
	/** (Enterprise)-[:POSTED]->(Demand) */
	POSTED,
	/** (Demand)-[:ON_LINK]->(ChainLink) */
	ON_LINK,
	/** (Institute)-[:SOLVES {year, funding}]->(Demand): 揭榜 */
	SOLVES,
	/** (Fund)-[:INVESTS_IN {amount, year}]->(Enterprise|TestBase) */
	INVESTS_IN,
	/** (VoucherGrant|Subsidy)-[:GRANTED_TO]->(Enterprise|TestBase|TransferAgency|Institute): who received the money */
	GRANTED_TO,
	/** (VoucherGrant)-[:REDEEMED_AT]->(TestBase|Institute|TransferAgency): the provider a voucher paid */
	REDEEMED_AT,
	/** (Assessment)-[:ASSESSES]->(TestBase) */
	ASSESSES,
	/** (RecognitionStep)-[:STEP_OF]->(TestBase) */
	STEP_OF,
	/** (BenefitTerms)-[:TERMS_OF]->(TestBase) */
	TERMS_OF,
	/** (TrainingEvent)-[:ORGANISED_BY]->(TransferAgency|Institute) */
	ORGANISED_BY,
	/** (TrainingEvent)-[:TRAINED]->(Broker|TestBase): a broker trained, or a base whose staff took part */
	TRAINED

}
