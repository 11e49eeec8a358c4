package city.quanzhou.pilotgraph.editing;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

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

	void record(String actor, String action, GraphEntity entity, List<String> changes) {
		this.neo4j.query("""
				CREATE (:AuditEntry {id: $id, at: $at, actor: $actor, action: $action, entityId: $entityId,
				                     entityKind: $kind, entityName: $name, changes: $changes})
				""")
			.bind(UUID.randomUUID().toString()).to("id")
			.bind(ZonedDateTime.now()).to("at")
			.bind(actor).to("actor")
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
		var rows = this.neo4j.query("""
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
			.fetch()
			.one()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<java.util.Map<String, Object>> entries = (List<java.util.Map<String, Object>>) rows.get("entries");
		List<AuditEntry> nodes = entries.stream()
			.map((e) -> new AuditEntry((String) e.get("id"), (ZonedDateTime) e.get("at"), (String) e.get("actor"),
					(String) e.get("action"), (String) e.get("entityId"), (String) e.get("entityKind"),
					(String) e.get("entityName"), castList(e.get("changes"))))
			.toList();
		return Connection.of(nodes, page, ((Number) rows.get("totalCount")).intValue());
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

}
