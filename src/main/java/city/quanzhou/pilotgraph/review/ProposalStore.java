package city.quanzhou.pilotgraph.review;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.editing.Proposal;
import city.quanzhou.pilotgraph.editing.ProposedChange;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Page;

/**
 * {@code :Proposal} nodes. They are not entities: no entity query, count or dashboard sees them, and they keep
 * no ties, so a proposal outlives the entity it was about. Runs in the caller's transaction.
 */
@Component
class ProposalStore {

	private final Neo4jClient neo4j;

	ProposalStore(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A new pending proposal; a change to an existing entity takes its kind and name from the graph. */
	Proposal create(ProposedChange change) {
		Map<String, Object> entity = (change.entityId() == null) ? Map.of() : this.neo4j.query("""
				MATCH (n:Entity {id: $id})
				RETURN n.name AS name, labels(n) AS labels
				""")
			.bind(change.entityId()).to("id")
			.fetch()
			.one()
			.orElse(Map.of());
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) entity.getOrDefault("labels", List.of());
		String kind = (change.kind() != null) ? change.kind()
				: labels.stream().flatMap((label) -> EntityKind.ofLabel(label).stream()).map(EntityKind::name).findFirst()
					.orElse(null);
		String name = (change.entityName() != null && change.entityId() == null) ? change.entityName()
				: (String) entity.getOrDefault("name", change.entityName());
		return this.neo4j.query("""
				CREATE (p:Proposal {id: $id, action: $action, kind: $kind, entityId: $entityId, entityName: $name,
				                    input: $input, proposer: $proposer, proposerId: $proposerId, proposedAt: $now,
				                    status: 'PENDING'})
				RETURN p {.*} AS proposal
				""")
			.bindAll(parameters("id", UUID.randomUUID().toString(), "action", change.action(), "kind", kind,
					"entityId", change.entityId(), "name", name, "input", change.input(), "proposer", change.proposer(),
					"proposerId", change.proposerId(), "now", ZonedDateTime.now()))
			.fetchAs(Proposal.class)
			.mappedBy((types, row) -> proposal(row.get("proposal")))
			.one()
			.orElseThrow();
	}

	/**
	 * The proposal, its node locked until the transaction ends so that two reviewers cannot both close it:
	 * the second waits, then sees it closed.
	 */
	Optional<Proposal> lock(String id) {
		return this.neo4j.query("""
				MATCH (p:Proposal {id: $id})
				SET p.reviewLock = true
				RETURN p {.*} AS proposal
				""")
			.bind(id).to("id")
			.fetchAs(Proposal.class)
			.mappedBy((types, row) -> proposal(row.get("proposal")))
			.one();
	}

	Proposal close(String id, String status, String reviewer, String comment, String entityId) {
		return this.neo4j.query("""
				MATCH (p:Proposal {id: $id})
				SET p.status = $status, p.reviewer = $reviewer, p.reviewedAt = $now, p.comment = $comment,
				    p.entityId = coalesce($entityId, p.entityId)
				REMOVE p.reviewLock
				RETURN p {.*} AS proposal
				""")
			.bindAll(parameters("id", id, "status", status, "reviewer", reviewer, "now", ZonedDateTime.now(),
					"comment", comment, "entityId", entityId))
			.fetchAs(Proposal.class)
			.mappedBy((types, row) -> proposal(row.get("proposal")))
			.one()
			.orElseThrow();
	}

	/**
	 * Newest first; {@code status} and {@code proposerId} (a proposer's identity) narrow the list when given. A
	 * proposal stored before identities were kept is matched by {@code proposerName}.
	 */
	Connection<Proposal> list(String status, String proposerId, String proposerName, Integer first, String after) {
		Page page = Page.of(first, after);
		Connection<?> proposals = this.neo4j.query("""
				CALL () {
				  MATCH (p:Proposal)
				  WHERE ($status IS NULL OR p.status = $status) AND ($proposer IS NULL OR p.proposerId = $proposer OR (p.proposerId IS NULL AND p.proposer = $proposerName))
				  RETURN count(p) AS totalCount
				}
				CALL () {
				  MATCH (p:Proposal)
				  WHERE ($status IS NULL OR p.status = $status) AND ($proposer IS NULL OR p.proposerId = $proposer OR (p.proposerId IS NULL AND p.proposer = $proposerName))
				  WITH p ORDER BY p.proposedAt DESC, p.id SKIP $offset LIMIT $limit
				  RETURN collect(p {.*}) AS proposals
				}
				RETURN totalCount, proposals
				""")
			.bindAll(parameters("status", status, "proposer", proposerId, "proposerName", proposerName, "offset",
					page.offset(), "limit", page.limit()))
			.fetchAs(Connection.class)
			.mappedBy((types, row) -> Connection.of(row.get("proposals").asList(ProposalStore::proposal), page,
					row.get("totalCount").asInt()))
			.one()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		Connection<Proposal> typed = (Connection<Proposal>) proposals;
		return typed;
	}

	private static Proposal proposal(Value p) {
		return new Proposal(p.get("id").asString(), p.get("action").asString(), p.get("kind").asString(null),
				p.get("entityId").asString(null), p.get("entityName").asString(null), p.get("input").asString(),
				p.get("proposer").asString(), p.get("proposedAt").asZonedDateTime(), p.get("status").asString(),
				p.get("reviewer").asString(null), p.get("reviewedAt").isNull() ? null : p.get("reviewedAt").asZonedDateTime(),
				p.get("comment").asString(null), p.get("proposerId").asString(null));
	}

	/** Parameters that may be null (Map.of takes none). */
	private static Map<String, Object> parameters(Object... keysAndValues) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

}
