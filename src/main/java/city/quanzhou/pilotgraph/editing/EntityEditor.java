package city.quanzhou.pilotgraph.editing;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import city.quanzhou.pilotgraph.editing.EditableKind.TieList;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;
import city.quanzhou.pilotgraph.ingest.GraphWrites;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.ChangeType;
import city.quanzhou.pilotgraph.search.EmbeddingQueue;

/**
 * Creates, updates and deletes entities of every kind. One call is one write transaction: the checks
 * that need the graph (ids, kinds, districts, duplicate names, the version), the node, its ties, its
 * place in the embedding queue, the audit entry and the entry of the change log all happen in it, so a refused
 * or failed write leaves nothing behind and is never announced.
 * Expected failures come back as {@link FieldError}s naming the input field.
 */
@Service
public class EntityEditor {

	static final int MAX_NAME = Column.MAX_NAME;

	static final int MAX_TEXT = Column.MAX_DESCRIPTION;

	static final int MAX_ALIASES = Column.MAX_ALIASES;

	private final Neo4jClient neo4j;

	private final EntityService entities;

	private final EmbeddingQueue embeddings;

	private final AuditLog audit;

	private final RetriedTransactions transactions;

	private final ChangeLog changes;

	EntityEditor(Neo4jClient neo4j, EntityService entities, EmbeddingQueue embeddings, AuditLog audit,
			PlatformTransactionManager transactionManager, ChangeLog changes) {
		this.neo4j = neo4j;
		this.entities = entities;
		this.embeddings = embeddings;
		this.audit = audit;
		this.transactions = new RetriedTransactions(transactionManager);
		this.changes = changes;
	}

	public EntityPayload upsert(EditableKind editable, Map<String, Object> input, String actor) {
		return upsert(editable, input, actor, null, false);
	}

	/**
	 * With {@code checkOnly}, every check of a write runs (the graph's included: ids, names, the version) in a
	 * transaction that is then rolled back, so a change proposed for review is refused at once when it could
	 * not be applied now. With a {@code reviewer}, the write applies an approved proposal of {@code actor}'s.
	 */
	EntityPayload upsert(EditableKind editable, Map<String, Object> input, String actor, String reviewer,
			boolean checkOnly) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, Object> properties = InputRules.properties(editable, input, errors);
		Map<String, Object> references = InputRules.references(editable, input, errors);
		Map<String, List<String>> tieLists = InputRules.tieLists(editable, input, errors);
		Long expectedVersion = (input.get("version") instanceof Number number) ? number.longValue() : null;
		String givenId = (String) input.get("id");
		if (!errors.isEmpty()) {
			return EntityPayload.failed(errors);
		}
		return this.transactions.execute((status) -> {
			String id = (givenId != null) ? givenId : newId(editable);
			Map<String, Object> before = (givenId != null) ? lockExisting(editable.kind(), givenId, expectedVersion, errors) : Map.of();
			checkReferences(editable, references, tieLists, errors);
			checkUniqueName(editable.kind(), id, (String) properties.get("name"), errors);
			if (!errors.isEmpty() || checkOnly) {
				status.setRollbackOnly();
				return EntityPayload.failed(errors);
			}
			if (givenId == null && properties.get("source") == null) {
				properties.put("source", "PUBLIC");
			}
			writeNode(editable, id, properties, references, actor);
			tieLists.forEach((field, targets) -> replaceTies(editable, field, id, targets));
			this.embeddings.queueInCurrentTransaction(List.of(id));
			GraphEntity written = this.entities.findById(id).orElseThrow();
			this.audit.record(actor, reviewer, (givenId == null) ? "CREATE" : "UPDATE", written, changes(before,
					properties, references, tieLists));
			this.changes.append(Change.ofEntity((givenId == null) ? ChangeType.CREATED : ChangeType.UPDATED,
					id, editable.kind()), actor);
			return new EntityPayload(written, List.of(), null);
		});
	}

	/**
	 * Deletes an entity. One that others depend on (results it owns, links a base covers, ...) is only
	 * deleted, together with those ties, when {@code force} is set.
	 */
	public DeletePayload delete(String id, Long expectedVersion, boolean force, String actor) {
		return delete(id, expectedVersion, force, actor, null, false);
	}

	/** {@code checkOnly} and {@code reviewer} as for {@link #upsert(EditableKind, Map, String, String, boolean)}. */
	DeletePayload delete(String id, Long expectedVersion, boolean force, String actor, String reviewer,
			boolean checkOnly) {
		return this.transactions.execute((status) -> {
			List<FieldError> errors = new ArrayList<>();
			Optional<GraphEntity> existing = this.entities.findById(id);
			if (existing.isEmpty()) {
				errors.add(new FieldError("id", "no entity has id " + id));
				return DeletePayload.failed(errors);
			}
			lockExisting(existing.get().kind(), id, expectedVersion, errors);
			if (errors.isEmpty() && !force) {
				Map<String, Long> dependents = dependents(id);
				if (!dependents.isEmpty()) {
					errors.add(new FieldError("force", "other entities depend on " + existing.get().name() + " ("
							+ describe(dependents) + "); delete them first or pass force: true to delete it with these ties"));
				}
			}
			if (!errors.isEmpty() || checkOnly) {
				status.setRollbackOnly();
				return DeletePayload.failed(errors);
			}
			// a link's or chain's name is in the embedded texts of the entities tied to it: they are queued first
			this.embeddings.queueInCurrentTransaction(List.of(id));
			this.neo4j.query("MATCH (n:Entity {id: $id}) DETACH DELETE n").bind(id).to("id").run();
			this.audit.record(actor, reviewer, "DELETE", existing.get(), List.of("deleted" + (force ? " with its ties" : "")));
			this.changes.append(Change.ofEntity(ChangeType.DELETED, id, existing.get().kind()), actor);
			return new DeletePayload(id, List.of(), null);
		});
	}

	private Map<String, Object> lockExisting(EntityKind kind, String id, Long expectedVersion, List<FieldError> errors) {
		// Setting a property takes the node's write lock until commit, so the version read next cannot
		// change under us: two editors holding the same version cannot both win.
		Optional<Map<String, Object>> found = this.neo4j.query("""
				MATCH (n:Entity {id: $id})
				SET n.editLock = true
				RETURN properties(n) AS properties, $label IN labels(n) AS rightKind
				""")
			.bind(id).to("id")
			.bind(kind.label()).to("label")
			.fetch()
			.one();
		if (found.isEmpty()) {
			errors.add(new FieldError("id", "no " + kind.label() + " has id " + id));
			return Map.of();
		}
		if (!Boolean.TRUE.equals(found.get().get("rightKind"))) {
			errors.add(new FieldError("id", id + " is not a " + kind.label()));
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) found.get().get("properties"));
		long current = ((Number) properties.getOrDefault("version", 0L)).longValue();
		if (expectedVersion == null) {
			errors.add(new FieldError("version", "is required to change " + id + "; its current version is " + current));
		}
		else if (expectedVersion != current) {
			errors.add(new FieldError("version", "is " + expectedVersion + " but " + id + " is now at version " + current
					+ " (changed by " + properties.get("updatedBy") + " since you read it); reload and apply your change again"));
		}
		return properties;
	}

	private void checkReferences(EditableKind editable, Map<String, Object> references,
			Map<String, List<String>> tieLists, List<FieldError> errors) {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Reference reference : editable.format().references()) {
			Object target = references.get(reference.column());
			if (target != null) {
				wanted.add(Map.of("field", reference.column(), "id", target, "district", reference.toDistrict(),
						"kinds", reference.targets().stream().map(EntityKind::label).toList()));
			}
		}
		for (TieList tieList : editable.tieLists()) {
			List<String> targets = tieLists.get(tieList.field());
			if (targets != null) {
				for (int i = 0; i < targets.size(); i++) {
					wanted.add(Map.of("field", tieList.field() + "[" + i + "]", "id", targets.get(i), "district", false,
							"kinds", tieList.targets().stream().map(EntityKind::label).toList()));
				}
			}
		}
		if (wanted.isEmpty()) {
			return;
		}
		this.neo4j.query("""
				UNWIND $wanted AS ref
				OPTIONAL MATCH (d:District {code: ref.id}) WHERE ref.district
				OPTIONAL MATCH (e:Entity {id: ref.id}) WHERE NOT ref.district
				RETURN ref.field AS field, ref.id AS id, ref.district AS district, d IS NOT NULL AS districtFound,
				       [label IN labels(e) WHERE label <> 'Entity'][0] AS label, ref.kinds AS kinds
				""")
			.bind(wanted).to("wanted")
			.fetch()
			.all()
			.forEach((row) -> {
				String field = (String) row.get("field");
				String id = (String) row.get("id");
				String label = (String) row.get("label");
				@SuppressWarnings("unchecked")
				List<String> kinds = (List<String>) row.get("kinds");
				if (Boolean.TRUE.equals(row.get("district"))) {
					if (!Boolean.TRUE.equals(row.get("districtFound"))) {
						errors.add(new FieldError(field, "unknown district code " + id));
					}
				}
				else if (label == null) {
					errors.add(new FieldError(field, "no entity has id " + id));
				}
				else if (!kinds.contains(label)) {
					errors.add(new FieldError(field, id + " is a " + label + ", expected " + String.join(" or ", kinds)));
				}
			});
	}

	private void checkUniqueName(EntityKind kind, String id, String name, List<FieldError> errors) {
		boolean taken = this.neo4j.query("""
				MATCH (other:$($label) {name: $name}) WHERE other.id <> $id
				RETURN count(other) > 0 AS taken
				""")
			.bind(kind.label()).to("label")
			.bind(name).to("name")
			.bind(id).to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (taken) {
			errors.add(new FieldError("name", "another " + kind.label() + " is already named " + name));
		}
	}

	/** The node and its single references, with the statements the import writes them with. */
	private void writeNode(EditableKind editable, String id, Map<String, Object> properties, Map<String, Object> references,
			String actor) {
		ZonedDateTime now = ZonedDateTime.now();
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("props", properties);
		this.neo4j.query(GraphWrites.NODES)
			.bindAll(Map.of("rows", List.of(row), "label", editable.kind().label(), "now", now, "by", actor, "always", true))
			.run();
		for (Reference reference : editable.format().references()) {
			if (!references.containsKey(reference.column())) {
				continue;
			}
			Map<String, Object> target = new HashMap<>();
			target.put("id", id);
			target.put("target", references.get(reference.column()));
			this.neo4j.query(GraphWrites.replaceReference(reference))
				.bindAll(Map.of("rows", List.of(target), "now", now, "by", actor))
				.run();
		}
	}

	private void replaceTies(EditableKind editable, String field, String id, List<String> targets) {
		TieList tieList = editable.tieLists().stream().filter((list) -> list.field().equals(field)).findFirst().orElseThrow();
		// Ties that stay keep their properties (an operator's role, their source); only the ones no longer listed
		// go, and a new one is the editor's word, as a link an editor makes without naming a source. The type is
		// written in (from the Relation enum): a typed pattern reads only the node's ties of that type.
		this.neo4j.query("""
				MATCH (n:Entity {id: $id})
				OPTIONAL MATCH (n)-[old:%1$s]->(t) WHERE NOT t.id IN $targets
				DELETE old
				WITH DISTINCT n
				UNWIND $targets AS targetId
				MATCH (t:Entity {id: targetId})
				MERGE (n)-[tie:%1$s]->(t)
				ON CREATE SET tie.source = $source
				""".formatted(tieList.relation().name()))
			.bind(id).to("id")
			.bind(targets).to("targets")
			.bind(TieEditor.EDITOR_SOURCE).to("source")
			.run();
	}

	private Map<String, Long> dependents(String id) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (n:Entity {id: $id})-[r]-()
				WHERE NOT (startNode(r) = n AND type(r) IN ['LOCATED_IN', 'IN_PARK', 'PART_OF', 'WORKS_FOR'])
				RETURN type(r) AS type, count(r) AS count ORDER BY type
				""")
			.bind(id).to("id")
			.fetch()
			.all()
			.forEach((row) -> counts.put((String) row.get("type"), ((Number) row.get("count")).longValue()));
		return counts;
	}

	private static String describe(Map<String, Long> dependents) {
		return String.join(", ", dependents.entrySet().stream().map((e) -> e.getValue() + " " + e.getKey()).toList());
	}

	private static List<String> changes(Map<String, Object> before, Map<String, Object> properties,
			Map<String, Object> references, Map<String, List<String>> tieLists) {
		List<String> changes = new ArrayList<>();
		properties.forEach((key, value) -> {
			Object old = before.get(key);
			if (!Objects.equals(normalise(old), normalise(value))) {
				changes.add(key + ": " + old + " → " + value);
			}
		});
		references.forEach((key, value) -> changes.add(key + ": " + value));
		tieLists.forEach((key, value) -> changes.add(key + ": " + value));
		return changes;
	}

	private static Object normalise(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		return (value instanceof Collection<?> collection) ? List.copyOf(collection) : value;
	}

	private static String newId(EditableKind editable) {
		return editable.idPrefix() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
