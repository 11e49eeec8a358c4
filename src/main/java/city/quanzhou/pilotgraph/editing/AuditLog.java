package city.quanzhou.pilotgraph.editing;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Page;

/**
 * The audit log: {@code :AuditEntry} nodes written in the same transaction as the change they record, so
 * the log holds exactly the writes that happened. Entries are not entities and keep no ties, so they
 * survive the deletion of what they describe.
 */
@Component
public class AuditLog {

	private final Neo4jClient neo4j;

	AuditLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** {@code reviewer} is who approved the change when {@code actor} proposed it for review, else null. */
	void record(String actor, String reviewer, String action, GraphEntity entity, List<String> changes) {
		this.neo4j.query("""
				CREATE (:AuditEntry {id: $id, at: $at, actor: $actor, reviewer: $reviewer, action: $action,
				                     entityId: $entityId, entityKind: $kind, entityName: $name, changes: $changes})
				""")
			.bind(UUID.randomUUID().toString()).to("id")
			.bind(ZonedDateTime.now()).to("at")
			.bind(actor).to("actor")
			.bind(reviewer).to("reviewer")
			.bind(action).to("action")
			.bind(entity.id()).to("entityId")
			.bind(entity.kind().name()).to("kind")
			.bind(entity.name()).to("name")
			.bind(changes).to("changes")
			.run();
	}

	/** Newest first, optionally for one entity or one actor. */
	@Transactional(readOnly = true)
	public Connection<AuditEntry> entries(String entityId, String actor, Integer first, String after) {
		Page page = Page.of(first, after);
		Connection<?> entries = this.neo4j.query("""
				CALL () {
				  MATCH (a:AuditEntry)
				  WHERE ($entityId IS NULL OR a.entityId = $entityId) AND ($actor IS NULL OR a.actor = $actor)
				  RETURN count(a) AS totalCount
				}
				CALL () {
				  MATCH (a:AuditEntry)
				  WHERE ($entityId IS NULL OR a.entityId = $entityId) AND ($actor IS NULL OR a.actor = $actor)
				  WITH a ORDER BY a.at DESC, a.id SKIP $offset LIMIT $limit
				  RETURN collect(a {.*}) AS entries
				}
				RETURN totalCount, entries
				""")
			.bind(entityId).to("entityId")
			.bind(actor).to("actor")
			.bind(page.offset()).to("offset")
			.bind(page.limit()).to("limit")
			.fetchAs(Connection.class)
			.mappedBy((types, row) -> Connection.of(row.get("entries").asList(AuditLog::entry), page,
					row.get("totalCount").asInt()))
			.one()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		Connection<AuditEntry> typed = (Connection<AuditEntry>) entries;
		return typed;
	}

	private static AuditEntry entry(Value entry) {
		return new AuditEntry(entry.get("id").asString(), entry.get("at").asZonedDateTime(),
				entry.get("actor").asString(null), entry.get("reviewer").asString(null), entry.get("action").asString(null), entry.get("entityId").asString(null),
				entry.get("entityKind").asString(null), entry.get("entityName").asString(null),
				entry.get("changes").asList(Value::asString, List.of()));
	}

}
