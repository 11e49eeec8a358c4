package city.quanzhou.pilotgraph.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import city.quanzhou.pilotgraph.entity.District;
import city.quanzhou.pilotgraph.district.DistrictService;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.ingest.DatasetFormat;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.ChangeType;
import city.quanzhou.pilotgraph.search.EmbeddingQueue;

/**
 * Makes and removes single ties of any type, checked against {@link TieRules} and each property's rules
 * ({@link Column#problemWith}, as the import checks them); each call is one write transaction with its audit
 * entry (recorded on the tie's source) and its entry in the change log.
 */
@Service
public class TieEditor {

	private static final Set<String> TIE_PROPERTY_FIELDS = Set.of("year", "projects", "firstYear", "lastYear", "amount",
			"deals", "since", "funding", "role", "source", "sourceNote");

	/** The source of a tie an editor makes without naming one. */
	static final String EDITOR_SOURCE = "EDITOR";

	private final Neo4jClient neo4j;

	private final EntityService entities;

	private final DistrictService districts;

	private final AuditLog audit;

	private final EmbeddingQueue embeddings;

	private final RetriedTransactions transactions;

	private final ChangeLog changes;

	TieEditor(Neo4jClient neo4j, EntityService entities, DistrictService districts, AuditLog audit,
			EmbeddingQueue embeddings, PlatformTransactionManager transactionManager, ChangeLog changes) {
		this.neo4j = neo4j;
		this.entities = entities;
		this.districts = districts;
		this.audit = audit;
		this.embeddings = embeddings;
		this.transactions = new RetriedTransactions(transactionManager);
		this.changes = changes;
	}

	public LinkPayload link(Map<String, Object> input, String actor) {
		return link(input, actor, null, false);
	}

	/**
	 * With {@code checkOnly}, the tie is checked against the graph and nothing is written (a proposal for
	 * review); with a {@code reviewer}, it applies an approved proposal of {@code actor}'s.
	 */
	LinkPayload link(Map<String, Object> input, String actor, String reviewer, boolean checkOnly) {
		Relation relation = Relation.valueOf((String) input.get("type"));
		TieRules rules = TieRules.of(relation);
		List<FieldError> errors = new ArrayList<>();
		Map<String, Object> properties = new HashMap<>();
		for (String field : TIE_PROPERTY_FIELDS) {
			Object value = input.get(field);
			if (value == null) {
				continue;
			}
			Optional<Column> column = rules.properties().stream().filter((c) -> c.name().equals(field)).findFirst();
			if (column.isEmpty()) {
				errors.add(new FieldError(field, relation + " ties have no " + field + "; they take "
						+ rules.properties().stream().map(Column::name).toList()));
			}
			else if (column.get().problemWith(value) != null) {
				errors.add(new FieldError(field, column.get().problemWith(value)));
			}
			else if (field.equals("source") && value.equals(DatasetFormat.IMPORTED)) {
				errors.add(new FieldError(field, "IMPORT is the mark of ties an import brought in; an editor's tie is "
						+ "EDITOR or names where its fact comes from"));
			}
			else {
				properties.put(field, value);
			}
		}
		// every tie says where it comes from: one an editor makes without naming a source is the editor's word
		properties.putIfAbsent("source", EDITOR_SOURCE);
		return this.transactions.execute((status) -> {
			Ends ends = ends(rules, (String) input.get("fromId"), (String) input.get("toId"), errors);
			if (!errors.isEmpty() || checkOnly) {
				status.setRollbackOnly();
				return LinkPayload.failed(errors);
			}
			// the type is written in from the Relation enum: a typed pattern reads only the node's ties of that type
			String cypher = (rules.toDistrict() ? """
					MATCH (a:Entity {id: $from})
					OPTIONAL MATCH (a)-[old:%1$s]->() WHERE $single DELETE old
					WITH DISTINCT a
					MATCH (b:District {code: $to})
					MERGE (a)-[tie:%1$s]->(b) SET tie += $properties
					""" : """
					MATCH (a:Entity {id: $from})
					OPTIONAL MATCH (a)-[old:%1$s]->() WHERE $single DELETE old
					WITH DISTINCT a
					MATCH (b:Entity {id: $to})
					MERGE (a)-[tie:%1$s]->(b) SET tie += $properties
					""").formatted(relation.name());
			this.neo4j.query(cypher)
				.bind(ends.fromId()).to("from")
				.bind(ends.toId()).to("to")
				.bind(rules.single()).to("single")
				.bind(properties).to("properties")
				.run();
			// a base's covered links, a result's links and the like are part of the text its embedding means
			this.embeddings.queueInCurrentTransaction(List.of(ends.fromId()));
			this.audit.record(actor, reviewer, "LINK", ends.from(), List.of(relation + " → " + ends.toId() + (properties.isEmpty() ? "" : " " + properties)));
			this.changes.append(ends.change(ChangeType.LINKED, relation), actor);
			return new LinkPayload(relation.name(), ends.from(), ends.to(), ends.district(), List.of(), null);
		});
	}

	public LinkPayload unlink(Map<String, Object> input, String actor) {
		return unlink(input, actor, null, false);
	}

	/** {@code checkOnly} and {@code reviewer} as for {@link #link(Map, String, String, boolean)}. */
	LinkPayload unlink(Map<String, Object> input, String actor, String reviewer, boolean checkOnly) {
		Relation relation = Relation.valueOf((String) input.get("type"));
		TieRules rules = TieRules.of(relation);
		List<FieldError> errors = new ArrayList<>();
		return this.transactions.execute((status) -> {
			Ends ends = ends(rules, (String) input.get("fromId"), (String) input.get("toId"), errors);
			long removed = errors.isEmpty() ? this.neo4j.query("""
					MATCH (a:Entity {id: $from})-[tie:%1$s]->(b)
					WHERE coalesce(b.id, b.code) = $to
					DELETE tie
					RETURN count(*) AS removed
					""".formatted(relation.name()))
				.bind(ends.fromId()).to("from")
				.bind(ends.toId()).to("to")
				.fetchAs(Long.class)
				.one()
				.orElse(0L) : 0;
			if (errors.isEmpty() && removed == 0) {
				errors.add(new FieldError("toId", "there is no " + relation + " tie from " + ends.fromId() + " to " + ends.toId()));
			}
			if (!errors.isEmpty() || checkOnly) {
				status.setRollbackOnly();
				return LinkPayload.failed(errors);
			}
			this.embeddings.queueInCurrentTransaction(List.of(ends.fromId()));
			this.audit.record(actor, reviewer, "UNLINK", ends.from(), List.of(relation + " → " + ends.toId() + " removed"));
			this.changes.append(ends.change(ChangeType.UNLINKED, relation), actor);
			return new LinkPayload(relation.name(), ends.from(), ends.to(), ends.district(), List.of(), null);
		});
	}

	private Ends ends(TieRules rules, String fromId, String toId, List<FieldError> errors) {
		GraphEntity from = this.entities.findById(fromId).orElse(null);
		if (from == null) {
			errors.add(new FieldError("fromId", "no entity has id " + fromId));
		}
		else if (!rules.fromKinds().contains(from.kind())) {
			errors.add(new FieldError("fromId", fromId + " is a " + from.kind().label() + "; " + rules.relation()
					+ " ties start at " + labels(rules.fromKinds())));
		}
		if (rules.toDistrict()) {
			District district = this.districts.find(toId).orElse(null);
			if (district == null) {
				errors.add(new FieldError("toId", "unknown district " + toId));
				return new Ends(from, fromId, null, toId, null);
			}
			return new Ends(from, fromId, null, district.code(), district);
		}
		GraphEntity to = this.entities.findById(toId).orElse(null);
		if (to == null) {
			errors.add(new FieldError("toId", "no entity has id " + toId));
		}
		else if (!rules.toKinds().contains(to.kind())) {
			errors.add(new FieldError("toId", toId + " is a " + to.kind().label() + "; " + rules.relation()
					+ " ties end at " + labels(rules.toKinds())));
		}
		return new Ends(from, fromId, to, toId, null);
	}

	private static String labels(Set<city.quanzhou.pilotgraph.entity.EntityKind> kinds) {
		return String.join(" or ", kinds.stream().map(city.quanzhou.pilotgraph.entity.EntityKind::label).sorted().toList());
	}

	private record Ends(GraphEntity from, String fromId, GraphEntity to, String toId, District district) {

		Change change(ChangeType type, Relation relation) {
			return (this.to != null) ? Change.ofTie(type, relation, this.fromId, this.from.kind(), this.toId, this.to.kind())
					: Change.ofTie(type, relation, this.fromId, this.from.kind(), null, null);
		}

	}

}
