package city.quanzhou.pilotgraph.engagement;

/**
 * The Cypher of engagements. An engagement is an {@code :Engagement} node, not an {@code :Entity}: no index,
 * export, path or change stream of the public graph sees it. It points to its subject ({@code CONCERNS}), its
 * party ({@code ENGAGES}) and its handler ({@code HANDLED_BY}), and holds its notes ({@code NOTED}).
 */
final class EngagementQueries {

	private EngagementQueries() {
	}

	/** One engagement as the service maps it, bound to {@code e}; a deleted end reads as null. */
	private static final String SHOWN = """
			OPTIONAL MATCH (e)-[:CONCERNS]->(s:Entity)
			OPTIONAL MATCH (e)-[:ENGAGES]->(p:Entity)
			OPTIONAL MATCH (e)-[:HANDLED_BY]->(h:Entity)
			RETURN e {.*} AS e,
			  s {.*, embedding: null, labels: labels(s)} AS s,
			  p {.*, embedding: null, labels: labels(p)} AS p,
			  h {.*, embedding: null, labels: labels(h)} AS h,
			  COLLECT { MATCH (s)-[t:TRANSFERRED_TO]->(p) RETURN t {.amount, .year} LIMIT 1 }[0] AS contract,
			  COLLECT { MATCH (e)-[:NOTED]->(n:EngagementNote) RETURN n {.*} ORDER BY n.seq } AS notes
			""";

	static final String BY_ID = """
			MATCH (e:Engagement {id: $id})
			""" + SHOWN;

	/**
	 * The pipeline: engagements by status, handler and subject (each filter optional), those with the
	 * nearest next step first, then the most recently updated.
	 */
	static final String PIPELINE = """
			MATCH (e:Engagement)
			WHERE ($status IS NULL OR e.status IN $status)
			  AND ($handlerId IS NULL OR EXISTS { (e)-[:HANDLED_BY]->(:Entity {id: $handlerId}) })
			  AND ($subjectId IS NULL OR EXISTS { (e)-[:CONCERNS]->(:Entity {id: $subjectId}) })
			WITH e ORDER BY e.nextStepDue IS NULL, e.nextStepDue, e.updatedAt DESC, e.id
			LIMIT $first
			""" + SHOWN + """
			ORDER BY e.nextStepDue IS NULL, e.nextStepDue, e.updatedAt DESC, e.id
			""";

	static final String COUNTS = """
			MATCH (e:Engagement)
			WHERE $handlerId IS NULL OR EXISTS { (e)-[:HANDLED_BY]->(:Entity {id: $handlerId}) }
			RETURN e.status AS status, count(e) AS count
			""";

	/**
	 * The funnel per chain: an engagement counts for every chain its subject's links belong to. A contract
	 * is a TRANSFERRED_TO tie between the engagement's result and enterprise.
	 */
	static final String FUNNEL = """
			MATCH (e:Engagement)-[:CONCERNS]->(s:Entity)-[:APPLIES_TO|ON_LINK]->(:ChainLink)-[:PART_OF]->(c:IndustryChain)
			WHERE $chainId IS NULL OR c.id = $chainId
			WITH DISTINCT c, e, s
			OPTIONAL MATCH (e)-[:ENGAGES]->(p:Entity)
			WITH c, e, p IS NOT NULL AND EXISTS { (s)-[:TRANSFERRED_TO]->(p) } AS contracted
			RETURN c.id AS chainId, c.name AS chainName, count(e) AS contacted,
			  count(CASE WHEN e.stage IN ['MEETING', 'NEGOTIATING', 'SIGNED'] THEN 1 END) AS meeting,
			  count(CASE WHEN e.stage IN ['NEGOTIATING', 'SIGNED'] THEN 1 END) AS negotiating,
			  count(CASE WHEN e.status = 'SIGNED' THEN 1 END) AS signed,
			  count(CASE WHEN e.status = 'DROPPED' THEN 1 END) AS dropped,
			  count(CASE WHEN contracted THEN 1 END) AS contracts
			ORDER BY contacted DESC, chainName
			""";

	/** The kinds of the named entities, to check an engagement's ends before writing. */
	static final String KINDS = """
			MATCH (n:Entity) WHERE n.id IN $ids
			RETURN n.id AS id, labels(n) AS labels
			""";

	/** An open engagement of the same subject, party and handler, which a new record would duplicate. */
	static final String OPEN_DUPLICATE = """
			MATCH (e:Engagement)-[:CONCERNS]->(:Entity {id: $subjectId}), (e)-[:ENGAGES]->(:Entity {id: $partyId})
			WHERE NOT e.status IN ['SIGNED', 'DROPPED']
			  AND ($handlerId IS NULL AND NOT EXISTS { (e)-[:HANDLED_BY]->() }
			       OR EXISTS { (e)-[:HANDLED_BY]->(:Entity {id: $handlerId}) })
			RETURN e.id AS id LIMIT 1
			""";

	static final String CREATE = """
			MATCH (s:Entity {id: $subjectId}), (p:Entity {id: $partyId})
			OPTIONAL MATCH (h:Entity {id: $handlerId})
			CREATE (e:Engagement {id: $id, status: $status, stage: $stage, nextStep: $nextStep, nextStepDue: $nextStepDue,
			  recordedBy: $by, createdAt: datetime(), updatedAt: datetime(), version: 1})
			CREATE (e)-[:CONCERNS]->(s), (e)-[:ENGAGES]->(p)
			FOREACH (x IN CASE WHEN h IS NULL THEN [] ELSE [h] END | CREATE (e)-[:HANDLED_BY]->(x))
			CREATE (e)-[:NOTED]->(:EngagementNote {seq: 1, on: $noteOn, text: $note, by: $by, status: $status, at: datetime()})
			""";

	private static final String STATE = """
			RETURN e.status AS status, e.stage AS stage, e.version AS version, e.nextStep AS nextStep,
			  e.nextStepDue AS nextStepDue,
			  EXISTS { (e)-[:CONCERNS]->(:Result) } AND EXISTS { (e)-[:ENGAGES]->(:Enterprise) } AS resultToEnterprise,
			  COLLECT { MATCH (e)-[:CONCERNS]->(s:Entity) RETURN s.id }[0] AS subjectId,
			  COLLECT { MATCH (e)-[:ENGAGES]->(p:Entity) RETURN p.id }[0] AS partyId
			""";

	/** The current state of an engagement. */
	static final String CURRENT = """
			MATCH (e:Engagement {id: $id})
			""" + STATE;

	/** The current state, locking the engagement (a no-op write) until the transaction ends. */
	static final String LOCK = """
			MATCH (e:Engagement {id: $id})
			SET e.version = e.version
			""" + STATE;

	static final String ADVANCE = """
			MATCH (e:Engagement {id: $id})
			SET e.status = $status, e.stage = $stage, e.nextStep = $nextStep, e.nextStepDue = $nextStepDue,
			  e.updatedAt = datetime(), e.version = e.version + 1
			WITH e, COUNT { (e)-[:NOTED]->() } AS notes
			CREATE (e)-[:NOTED]->(:EngagementNote {seq: notes + 1, on: $noteOn, text: $note, by: $by, status: $status, at: datetime()})
			""";

}
