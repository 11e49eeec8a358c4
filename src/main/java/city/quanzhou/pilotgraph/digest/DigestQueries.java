package city.quanzhou.pilotgraph.digest;

/**
 * The Cypher of digests. Subscriptions, digests, items and deliveries are working records, not entities; they
 * name entities by id. Every claim (of a run, of a delivery) first writes a lock property, so the conditions
 * after it are read under the node's write lock: of two instances, the second sees the first's commit.
 */
final class DigestQueries {

	private DigestQueries() {
	}

	static final String SUBJECT = """
			MATCH (n:Entity {id: $id})
			RETURN n.id AS id, n.name AS name, labels(n) AS labels
			""";

	static final String DISTRICT = """
			MATCH (d:District) WHERE d.code = $district OR d.name = $district
			RETURN d.code AS code, d.name AS name
			LIMIT 1
			""";

	static final String CREATE_SUBSCRIPTION = """
			CREATE (s:DigestSubscription {id: $id, kind: $kind, subjectId: $subjectId, subjectName: $subjectName,
			        district: $district, owner: $owner, email: $email, webhookUrl: $webhookUrl, schedule: $schedule,
			        zone: $zone, nextRunAt: $nextRunAt, createdAt: $now, createdBy: $by})
			RETURN s {.*} AS s
			""";

	static final String SUBSCRIPTION = """
			MATCH (s:DigestSubscription {id: $id})
			RETURN s {.*} AS s
			""";

	static final String SUBSCRIPTIONS = """
			MATCH (s:DigestSubscription)
			WHERE $owner IS NULL OR s.owner = $owner
			RETURN s {.*} AS s
			ORDER BY s.createdAt, s.id
			LIMIT $first
			""";

	/** Removes a subscription; what it had not yet delivered is cancelled, its digests stay in the inbox. */
	static final String DELETE_SUBSCRIPTION = """
			MATCH (s:DigestSubscription {id: $id})
			CALL (s) {
			  MATCH (d:DigestDelivery {subscriptionId: s.id, state: 'PENDING'})
			  SET d.state = 'CANCELLED', d.leaseUntil = null
			}
			DELETE s
			""";

	// The statements the scheduler runs on its own every poll start with "// background:", so that whoever counts
	// the statements of a request (the tests do) can leave them out.
	static final String DUE_SUBSCRIPTIONS = """
			// background: digests
			MATCH (s:DigestSubscription) WHERE s.nextRunAt <= $now
			RETURN s.id AS id
			ORDER BY s.nextRunAt
			LIMIT $batch
			""";

	/** Takes a due run: moves the subscription's next run on and returns the time this one was due. */
	static final String CLAIM_RUN = """
			MATCH (s:DigestSubscription {id: $id})
			SET s.runLock = $token
			WITH s WHERE s.nextRunAt <= $now
			WITH s, s.nextRunAt AS due
			SET s.nextRunAt = $next, s.lastRunAt = $now
			RETURN s {.*} AS s, due
			""";

	/** Entities this subscription was ever sent, and those answered, with the answer. */
	static final String SENT = """
			MATCH (i:DigestItem {subscriptionId: $subscriptionId})
			RETURN i.entityId AS entityId, i.answer AS answer
			""";

	/**
	 * For each candidate, the answered items of this subscription in order of likeness (cosine of embeddings);
	 * entities without an embedding yet are compared with nothing.
	 */
	static final String LIKENESS_TO_ANSWERS = """
			UNWIND $candidateIds AS candidateId
			MATCH (c:Entity {id: candidateId})
			CALL (c) {
			  OPTIONAL MATCH (i:DigestItem {subscriptionId: $subscriptionId}) WHERE i.answer IS NOT NULL
			  OPTIONAL MATCH (x:Entity {id: i.entityId})
			  WITH i, x WHERE x IS NOT NULL AND c.embedding IS NOT NULL AND x.embedding IS NOT NULL
			  WITH i.answer AS answer, x.name AS name, 2 * vector.similarity.cosine(c.embedding, x.embedding) - 1 AS cosine
			  ORDER BY cosine DESC
			  RETURN collect({answer: answer, name: name, cosine: cosine}) AS answers
			}
			RETURN candidateId, answers
			""";

	/** Open demands on the links of an owner's results: the demands side of a result owner's digest. */
	static final String DEMANDS_FOR_OWNER = """
			MATCH (o:Entity {id: $ownerId})<-[:OWNED_BY]-(r:Result)-[:APPLIES_TO]->(l:ChainLink)<-[:ON_LINK]-(d:Demand)
			WHERE coalesce(d.status, 'OPEN') = 'OPEN'
			WITH d, collect(DISTINCT r.name) AS results, collect(DISTINCT l.name) AS links
			RETURN d.id AS id, d.name AS name, results[..3] AS results, links
			ORDER BY size(links) DESC, d.id
			LIMIT $limit
			""";

	/** An owner's results, newest first, for the bases side of its digest. */
	static final String OWNER_RESULTS = """
			MATCH (o:Entity {id: $ownerId})<-[:OWNED_BY]-(r:Result)
			RETURN r.id AS id, r.name AS name
			ORDER BY r.publishedOn DESC, r.id
			LIMIT $limit
			""";

	/**
	 * Gaps of a chain: links with waiting results (need pilot testing, still LAB or BENCH; in the district, by
	 * their owners, when one is given) that no operating or building base covers (in the district, when given).
	 */
	static final String GAPS = """
			MATCH (:IndustryChain {id: $chainId})<-[:PART_OF]-(l:ChainLink)
			CALL (l) {
			  OPTIONAL MATCH (l)<-[:APPLIES_TO]-(r:Result)
			  WHERE r.needsPilot = true AND r.maturity IN ['LAB', 'BENCH']
			    AND ($district IS NULL OR EXISTS { (r)-[:OWNED_BY]->()-[:LOCATED_IN]->(:District {code: $district}) })
			  RETURN count(DISTINCT r) AS waiting, collect(DISTINCT r.name)[..3] AS examples
			}
			WITH l, waiting, examples WHERE waiting > 0 AND NOT EXISTS {
			  MATCH (l)<-[:COVERS]-(b:TestBase)
			  WHERE b.status IN ['OPERATING', 'UNDER_CONSTRUCTION']
			    AND ($district IS NULL OR EXISTS { (b)-[:LOCATED_IN]->(:District {code: $district}) })
			}
			RETURN l.id AS id, l.name AS name, waiting, examples
			ORDER BY waiting DESC, l.id
			LIMIT $limit
			""";

	/** Writes a digest, its items and its deliveries; fails on the key's constraint when the run was written already. */
	static final String CREATE_DIGEST = """
			CREATE (d:Digest {key: $key, subscriptionId: $subscriptionId, owner: $owner, kind: $kind, title: $title,
			        createdAt: $now})
			WITH d
			UNWIND $items AS item
			CREATE (i:DigestItem {id: item.id, digestKey: d.key, subscriptionId: $subscriptionId, owner: $owner,
			        entityId: item.entityId, entityKind: item.entityKind, name: item.name, score: item.score,
			        reasons: item.reasons, position: item.position})
			WITH DISTINCT d
			UNWIND $deliveries AS delivery
			CREATE (:DigestDelivery {key: delivery.key, digestKey: d.key, subscriptionId: $subscriptionId,
			        channel: delivery.channel, target: delivery.target, state: 'PENDING', attempts: 0,
			        nextAttemptAt: $now, createdAt: $now})
			""";

	static final String INBOX = """
			MATCH (d:Digest)
			WHERE ($owner IS NULL OR d.owner = $owner) AND ($subscriptionId IS NULL OR d.subscriptionId = $subscriptionId)
			WITH d ORDER BY d.createdAt DESC, d.key LIMIT $first
			RETURN d.key AS key
			""";

	static final String DIGEST = """
			MATCH (d:Digest {key: $key})
			CALL (d) {
			  MATCH (i:DigestItem {digestKey: d.key})
			  WITH i ORDER BY i.position
			  RETURN collect(i {.*}) AS items
			}
			CALL (d) {
			  OPTIONAL MATCH (x:DigestDelivery {digestKey: d.key})
			  WITH x ORDER BY x.channel
			  RETURN collect(x {.*}) AS deliveries
			}
			RETURN d {.*} AS d, items, deliveries
			""";

	static final String ITEM = """
			MATCH (i:DigestItem {id: $id})
			RETURN i {.*} AS i
			""";

	static final String ANSWER = """
			MATCH (i:DigestItem {id: $id})
			SET i.answer = $answer, i.answeredAt = $now, i.answeredVia = $via
			RETURN i {.*} AS i
			""";

	static final String DUE_DELIVERIES = """
			// background: digests
			MATCH (d:DigestDelivery)
			WHERE d.state = 'PENDING' AND d.nextAttemptAt <= $now AND coalesce(d.leaseUntil <= $now, true)
			RETURN d.key AS key
			ORDER BY d.nextAttemptAt, d.key
			LIMIT $batch
			""";

	/** Claims a delivery for this instance for one lease, counting the attempt. */
	static final String CLAIM_DELIVERY = """
			MATCH (d:DigestDelivery {key: $key})
			SET d.claimLock = $token
			WITH d WHERE d.state = 'PENDING' AND d.nextAttemptAt <= $now AND coalesce(d.leaseUntil <= $now, true)
			SET d.leaseUntil = $leaseUntil, d.claimedBy = $instance, d.attempts = d.attempts + 1
			RETURN d {.*} AS d
			""";

	/** Only the holder of the claim records its outcome: a lease that ran out may have passed to another instance. */
	static final String DELIVERED = """
			MATCH (d:DigestDelivery {key: $key}) WHERE d.claimedBy = $instance AND d.state = 'PENDING'
			SET d.state = 'DELIVERED', d.deliveredAt = $now, d.leaseUntil = null, d.lastError = null
			""";

	static final String ATTEMPT_FAILED = """
			MATCH (d:DigestDelivery {key: $key}) WHERE d.claimedBy = $instance AND d.state = 'PENDING'
			SET d.state = CASE WHEN d.attempts >= $maxAttempts THEN 'FAILED' ELSE 'PENDING' END,
			    d.nextAttemptAt = $nextAttemptAt, d.lastError = $error, d.leaseUntil = null
			""";

	static final String DELIVERIES = """
			MATCH (d:DigestDelivery)
			WHERE $state IS NULL OR d.state = $state
			RETURN d {.*} AS d
			ORDER BY d.createdAt DESC, d.key
			LIMIT $first
			""";

}
