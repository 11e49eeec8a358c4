package city.quanzhou.pilotgraph.alert;

/**
 * The Cypher of saved searches and alerts. Saved searches, alerts and checks are working records, not entities.
 * An alert's key (saved search and entity) is unique, so of two instances that find the same match one writes
 * it and the other finds it written.
 */
final class AlertQueries {

	private AlertQueries() {
	}

	/** Whether anyone keeps a saved search: until someone does, new entities need no check at all. */
	static final String ANY = """
			// background: saved-search alerts
			MATCH (s:SavedSearch) RETURN count(s) > 0 AS any
			""";

	static final String CREATE = """
			CREATE (s:SavedSearch {id: $id, owner: $owner, name: $name, text: $text, kinds: $kinds, district: $district,
			        chainId: $chainId, status: $status, threshold: $threshold, createdAt: $now})
			RETURN s {.*} AS s
			""";

	static final String BY_ID = """
			MATCH (s:SavedSearch {id: $id})
			RETURN s {.*} AS s
			""";

	static final String OF_OWNER = """
			MATCH (s:SavedSearch) WHERE $owner IS NULL OR s.owner = $owner
			RETURN s {.*} AS s
			ORDER BY s.createdAt, s.id
			LIMIT $first
			""";

	/** Every saved search, for checking new entities; bounded by the per-user limit times the users. */
	static final String ALL = """
			MATCH (s:SavedSearch)
			RETURN s {.*} AS s
			ORDER BY s.id
			""";

	static final String DELETE = """
			MATCH (s:SavedSearch {id: $id})
			DELETE s
			""";

	/**
	 * Records that entities were created, once each: the instance whose MERGE creates the check evaluates them
	 * by words; the others leave them. Entities that are gone, or are policy records, are left out.
	 */
	static final String CLAIM_NEW = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			MERGE (c:AlertCheck {entityId: id})
			  ON CREATE SET c.createdAt = $now, c.wordsBy = $instance, c.meaningChecked = false
			WITH n, c WHERE c.wordsBy = $instance AND c.createdAt = $now
			RETURN n.id AS id
			""";

	/** An import's new entities: at version 1, written within the window before its change, never checked. */
	static final String IMPORTED = """
			MATCH (n:Entity)
			WHERE n.version = 1 AND n.updatedAt >= $since AND NOT EXISTS { MATCH (:AlertCheck {entityId: n.id}) }
			RETURN n.id AS id
			LIMIT $limit
			""";

	/** Checks whose entity now has its vector (no longer queued for embedding), claimed for one lease. */
	static final String CLAIM_EMBEDDED = """
			// background: saved-search alerts
			MATCH (c:AlertCheck {meaningChecked: false})
			MATCH (n:Entity {id: c.entityId}) WHERE n.embedding IS NOT NULL AND NOT n:EmbeddingPending
			  AND coalesce(c.leaseUntil <= $now, true)
			WITH c, n LIMIT $batch
			SET c.claimLock = $instance
			WITH c, n WHERE c.meaningChecked = false AND coalesce(c.leaseUntil <= $now, true)
			SET c.leaseUntil = $leaseUntil
			RETURN n.id AS id
			""";

	static final String MEANING_CHECKED = """
			UNWIND $ids AS id
			MATCH (c:AlertCheck {entityId: id})
			SET c.meaningChecked = true, c.checkedAt = $now, c.leaseUntil = null
			""";

	/** Checks of entities that were deleted before they were embedded, and old checks, go. */
	static final String PRUNE = """
			// background: saved-search alerts
			MATCH (c:AlertCheck) WHERE c.createdAt < $oldest
			  OR (c.meaningChecked = false AND NOT EXISTS { MATCH (:Entity {id: c.entityId}) })
			WITH c LIMIT 1000
			DELETE c
			""";

	static final String KINDS = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN n.id AS id, labels(n) AS labels
			""";

	static final String ALERT = """
			MATCH (s:SavedSearch {id: $searchId})
			MERGE (a:SearchAlert {key: $key})
			  ON CREATE SET a.searchId = s.id, a.searchName = s.name, a.owner = s.owner, a.entityId = $entityId,
			                a.entityKind = $entityKind, a.entityName = $entityName, a.score = $score, a.methods = $methods,
			                a.snippet = $snippet, a.phase = $phase, a.at = $now, a.read = false
			""";

	static final String ALERTS = """
			MATCH (a:SearchAlert) WHERE a.owner = $owner AND ($unreadOnly = false OR a.read = false)
			RETURN a {.*} AS a
			ORDER BY a.at DESC, a.key
			LIMIT $first
			""";

	/**
	 * For an open stream: its owner's alerts from {@code since} on, oldest first. The stream moves {@code since}
	 * on as it reads, less an overlap of a minute; more alerts than the limit within that minute would hold it.
	 */
	static final String ALERTS_SINCE = """
			MATCH (a:SearchAlert) WHERE a.owner = $owner AND a.at >= $since
			RETURN a {.*} AS a
			ORDER BY a.at, a.key
			LIMIT 1000
			""";

	static final String MARK_READ = """
			UNWIND $keys AS key
			MATCH (a:SearchAlert {key: key}) WHERE a.owner = $owner
			SET a.read = true
			RETURN count(a) AS marked
			""";

}
