package city.quanzhou.pilotgraph.editing;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One write as the audit log keeps it: who, when, which entity, and what changed; for an editor's change
 * that waited for review, {@code actor} proposed it and {@code reviewer} approved it.
 */
public record AuditEntry(String id, ZonedDateTime at, String actor, String reviewer, String action, String entityId, String entityKind,
		String entityName, List<String> changes) {
}
