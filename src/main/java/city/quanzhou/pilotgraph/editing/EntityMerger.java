package city.quanzhou.pilotgraph.editing;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.ingest.DatasetFormat;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.ChangeType;
import city.quanzhou.pilotgraph.search.EmbeddingQueue;

/**
 * Merges one entity into another of the same kind, in one transaction with both versions checked: the merged
 * entity's ties move to the survivor (a single reference the survivor already has, such as its district, stays
 * the survivor's), its name and aliases become the survivor's aliases, values the survivor lacks are taken
 * over, and its id keeps resolving to the survivor through a {@code :MergedId}. Both ids get an audit entry.
 */
@Service
public class EntityMerger {

	/** Properties that belong to the node itself, never carried over from the merged one. */
	private static final Set<String> OWN = Set.of("id", "name", "aliases", "version", "updatedAt", "updatedBy",
			"editLock", "embedding", "embeddingRequest");

	private final Neo4jClient neo4j;

	private final EntityService entities;

	private final AuditLog audit;

	private final ChangeLog changes;

	private final RetriedTransactions transactions;

	EntityMerger(Neo4jClient neo4j, EntityService entities, AuditLog audit, ChangeLog changes,
			PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		this.entities = entities;
		this.audit = audit;
		this.changes = changes;
		this.transactions = new RetriedTransactions(transactionManager);
	}

	public MergePayload merge(String survivorId, long survivorVersion, String mergedId, long mergedVersion, String actor) {
		return this.transactions.execute((status) -> {
			List<FieldError> errors = new ArrayList<>();
			if (survivorId.equals(mergedId)) {
				errors.add(new FieldError("mergedId", "is the survivor itself; name two different entities"));
				return MergePayload.failed(errors);
			}
			Map<String, Object> survivor = lock(survivorId, survivorVersion, "survivorId", "survivorVersion", errors);
			Map<String, Object> merged = lock(mergedId, mergedVersion, "mergedId", "mergedVersion", errors);
			if (errors.isEmpty() && !survivor.get("label").equals(merged.get("label"))) {
				errors.add(new FieldError("mergedId", mergedId + " is a " + merged.get("label") + " and " + survivorId
						+ " a " + survivor.get("label") + "; only entities of one kind can be merged"));
			}
			if (!errors.isEmpty()) {
				status.setRollbackOnly();
				return MergePayload.failed(errors);
			}
			GraphEntity mergedEntity = this.entities.findById(mergedId).orElseThrow();
			long moved = moveTies(survivorId, mergedId);
			@SuppressWarnings("unchecked")
			Map<String, Object> mergedProperties = (Map<String, Object>) merged.get("properties");
			@SuppressWarnings("unchecked")
			Map<String, Object> survivorProperties = (Map<String, Object>) survivor.get("properties");
			Map<String, Object> fill = new HashMap<>();
			mergedProperties.forEach((key, value) -> {
				if (!OWN.contains(key) && survivorProperties.get(key) == null) {
					fill.put(key, value);
				}
			});
			this.neo4j.query("""
					MATCH (m:Entity {id: $merged})
					MATCH (s:Entity {id: $survivor})
					WITH m, s, [x IN coalesce(s.aliases, []) + [m.name] + coalesce(m.aliases, []) WHERE x <> s.name] AS names
					SET s += $fill,
					    s.aliases = reduce(kept = [], x IN names | CASE WHEN x IN kept THEN kept ELSE kept + x END),
					    s.version = s.version + 1, s.updatedAt = $now, s.updatedBy = $by
					REMOVE s.editLock
					MERGE (r:MergedId {id: $merged})
					SET r.survivorId = $survivor
					WITH s, m
					OPTIONAL MATCH (earlier:MergedId {survivorId: $merged})
					SET earlier.survivorId = $survivor
					WITH DISTINCT s, m
					DETACH DELETE m
					WITH s AS n
					%s
					""".formatted(EmbeddingQueue.MARK))
				.bindAll(Map.of("merged", mergedId, "survivor", survivorId, "fill", fill, "now", ZonedDateTime.now(),
						"by", actor))
				.run();
			GraphEntity written = this.entities.findById(survivorId).orElseThrow();
			String summary = "merged " + mergedId + " (" + mergedEntity.name() + ") into " + survivorId + ": " + moved
					+ " ties moved";
			this.audit.record(actor, null, "MERGE", written, List.of(summary, "kept: " + fill.keySet().stream().sorted().toList()));
			this.audit.record(actor, null, "MERGE", mergedEntity, List.of(summary));
			this.changes.append(Change.ofEntity(ChangeType.DELETED, mergedId, mergedEntity.kind()), actor);
			this.changes.append(Change.ofEntity(ChangeType.UPDATED, survivorId, written.kind()), actor);
			return new MergePayload(written, mergedId, moved, List.of());
		});
	}

	private Map<String, Object> lock(String id, long expectedVersion, String idField, String versionField,
			List<FieldError> errors) {
		Map<String, Object> found = this.neo4j.query("""
				MATCH (n:Entity {id: $id})
				SET n.editLock = true
				RETURN properties(n) AS properties, labels(n) AS labels
				""")
			.bind(id).to("id")
			.fetch()
			.one()
			.map((row) -> {
				Map<String, Object> withKind = new HashMap<>(row);
				@SuppressWarnings("unchecked")
				List<String> labels = (List<String>) row.get("labels");
				withKind.put("label", labels.stream().flatMap((label) -> EntityKind.ofLabel(label).stream())
					.map(EntityKind::label).findFirst().orElse("Entity"));
				return withKind;
			})
			.orElse(null);
		if (found == null) {
			errors.add(new FieldError(idField, "no entity has id " + id));
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) found.get("properties");
		long current = ((Number) properties.getOrDefault("version", 0L)).longValue();
		if (current != expectedVersion) {
			errors.add(new FieldError(versionField, "is " + expectedVersion + " but " + id + " is now at version " + current
					+ "; reload both entities and merge again"));
		}
		return found;
	}

	/**
	 * Every tie of the merged entity, to anything but the survivor, made again from the survivor with its
	 * properties; a tie the survivor already has (same type, same other end) keeps the survivor's properties.
	 */
	private long moveTies(String survivorId, String mergedId) {
		List<String> singleOut = Arrays.stream(Relation.values()).filter((r) -> TieRules.of(r).single()).map(Relation::name).toList();
		List<String> singleIn = DatasetFormat.NODE_FILES.stream()
			.flatMap((file) -> file.references().stream())
			.filter((reference) -> reference.incoming())
			.map((reference) -> reference.relation().name())
			.toList();
		return this.neo4j.query("""
				MATCH (m:Entity {id: $merged})
				MATCH (s:Entity {id: $survivor})
				CALL (m, s) {
				  MATCH (m)-[r]->(o) WHERE o <> s
				    AND NOT (type(r) IN $singleOut AND EXISTS { MATCH (s)-[x]->() WHERE type(x) = type(r) })
				  WITH o, type(r) AS type, properties(r) AS props
				  MERGE (s)-[t:$(type)]->(o) ON CREATE SET t = props
				  RETURN count(*) AS outgoing
				}
				CALL (m, s) {
				  MATCH (m)<-[r]-(o) WHERE o <> s
				    AND NOT (type(r) IN $singleIn AND EXISTS { MATCH (s)<-[x]-() WHERE type(x) = type(r) })
				  WITH o, type(r) AS type, properties(r) AS props
				  MERGE (s)<-[t:$(type)]-(o) ON CREATE SET t = props
				  RETURN count(*) AS incoming
				}
				RETURN outgoing + incoming AS moved
				""")
			.bindAll(Map.of("merged", mergedId, "survivor", survivorId, "singleOut", singleOut, "singleIn", singleIn))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

}
