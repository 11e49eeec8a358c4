package city.quanzhou.pilotgraph.engagement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.editing.FieldError;
import city.quanzhou.pilotgraph.editing.LinkPayload;
import city.quanzhou.pilotgraph.editing.TieEditor;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Records and advances engagements, each write one transaction that writes nothing when any field is wrong,
 * and reads the pipeline and the funnel. A signed engagement between a result and an enterprise becomes a
 * transfer contract through {@link TieEditor}, the path of every other tie (its checks, audit entry and change).
 */
@Service
public class EngagementService {

	/** Which parties an engagement about a result or a demand may have. */
	private static final Map<EntityKind, Set<EntityKind>> PARTIES = Map.of(EntityKind.RESULT,
			Set.of(EntityKind.ENTERPRISE, EntityKind.TEST_BASE), EntityKind.DEMAND, Set.of(EntityKind.INSTITUTE));

	private static final Set<EntityKind> HANDLERS = Set.of(EntityKind.BROKER, EntityKind.TRANSFER_AGENCY);

	private final GraphReads reads;

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final TieEditor ties;

	EngagementService(GraphReads reads, Neo4jClient neo4j, PlatformTransactionManager transactionManager,
			TieEditor ties) {
		this.reads = reads;
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.ties = ties;
	}

	public EngagementPayload record(Map<String, Object> input, String actor) {
		List<FieldError> errors = new ArrayList<>();
		String subjectId = EngagementInputs.id(input, "subjectId", true, errors);
		String partyId = EngagementInputs.id(input, "partyId", true, errors);
		String handlerId = EngagementInputs.id(input, "handlerId", false, errors);
		EngagementStatus status = Optional.ofNullable(EngagementInputs.status(input, errors))
			.orElse(EngagementStatus.CONTACTED);
		String note = EngagementInputs.text(input, "note", EngagementInputs.MAX_NOTE, errors);
		LocalDate noteOn = EngagementInputs.noteDate(input, errors);
		String nextStep = EngagementInputs.text(input, "nextStep", EngagementInputs.MAX_NEXT_STEP, errors);
		LocalDate nextStepDue = EngagementInputs.date(input, "nextStepDue", errors);
		if (status == EngagementStatus.DROPPED) {
			errors.add(new FieldError("status", "a new engagement cannot start DROPPED"));
		}
		if (status == EngagementStatus.SIGNED && note == null) {
			errors.add(new FieldError("note", "a SIGNED engagement needs a note saying what was signed"));
		}
		return this.transactions.execute((tx) -> {
			checkEnds(subjectId, partyId, handlerId, errors);
			if (errors.isEmpty()) {
				this.reads.one(EngagementQueries.OPEN_DUPLICATE, parameters("subjectId", subjectId, "partyId", partyId,
						"handlerId", handlerId), (row) -> row.get("id").asString())
					.ifPresent((open) -> errors.add(new FieldError("partyId", "an open engagement " + open
							+ " between these parties already exists; advance it instead")));
			}
			if (!errors.isEmpty()) {
				tx.setRollbackOnly();
				return EngagementPayload.failed(errors);
			}
			String id = "eng-" + UUID.randomUUID();
			this.neo4j.query(EngagementQueries.CREATE)
				.bindAll(parameters("id", id, "subjectId", subjectId, "partyId", partyId, "handlerId", handlerId,
						"status", status.name(), "stage", status.name(), "nextStep", nextStep, "nextStepDue", nextStepDue,
						"by", actor, "noteOn", noteOn, "note", note))
				.run();
			return new EngagementPayload(find(id).orElseThrow(), List.of());
		});
	}

	/**
	 * A new status, note or next step. A status may only move forward (or to DROPPED) from an open one;
	 * dropping or signing needs a note; a {@code version} that is not the current one is refused.
	 */
	public EngagementPayload advance(Map<String, Object> input, String actor) {
		List<FieldError> errors = new ArrayList<>();
		String id = EngagementInputs.id(input, "id", true, errors);
		EngagementStatus next = EngagementInputs.status(input, errors);
		String note = EngagementInputs.text(input, "note", EngagementInputs.MAX_NOTE, errors);
		LocalDate noteOn = EngagementInputs.noteDate(input, errors);
		String newNextStep = EngagementInputs.text(input, "nextStep", EngagementInputs.MAX_NEXT_STEP, errors);
		LocalDate newNextStepDue = EngagementInputs.date(input, "nextStepDue", errors);
		boolean changesNextStep = input.containsKey("nextStep") || input.containsKey("nextStepDue");
		if (next == null && note == null && !changesNextStep && !errors.stream().anyMatch((e) -> e.field().equals("status"))) {
			errors.add(new FieldError("status", "give a new status, a note or a next step: there is nothing to change"));
		}
		if ((next == EngagementStatus.DROPPED || next == EngagementStatus.SIGNED) && note == null) {
			errors.add(new FieldError("note", "moving to " + next + " needs a note saying why"));
		}
		return this.transactions.execute((tx) -> {
			Optional<Current> locked = (id == null) ? Optional.empty()
					: this.reads.one(EngagementQueries.LOCK, parameters("id", id), Current::from);
			if (id != null && locked.isEmpty()) {
				errors.add(new FieldError("id", "no engagement has id " + id));
			}
			EngagementStatus status = null;
			EngagementStatus stage = null;
			String nextStep = newNextStep;
			LocalDate nextStepDue = newNextStepDue;
			if (locked.isPresent()) {
				Current current = locked.get();
				Object version = input.get("version");
				if (version != null && ((Number) version).longValue() != current.version()) {
					errors.add(new FieldError("version", "is " + current.version() + ", not " + version
							+ ": someone changed the engagement meanwhile; read it again"));
				}
				if (next != null) {
					String problem = current.status().problemMovingTo(next);
					if (problem != null) {
						errors.add(new FieldError("status", problem));
					}
				}
				status = (next != null) ? next : current.status();
				stage = (next != null && next != EngagementStatus.DROPPED) ? next : current.stage();
				if (!input.containsKey("nextStep")) {
					nextStep = current.nextStep();
				}
				if (!input.containsKey("nextStepDue")) {
					nextStepDue = current.nextStepDue();
				}
			}
			if (!errors.isEmpty()) {
				tx.setRollbackOnly();
				return EngagementPayload.failed(errors);
			}
			this.neo4j.query(EngagementQueries.ADVANCE)
				.bindAll(parameters("id", id, "status", status.name(), "stage", stage.name(), "nextStep", nextStep,
						"nextStepDue", nextStepDue, "by", actor, "noteOn", noteOn, "note", note))
				.run();
			return new EngagementPayload(find(id).orElseThrow(), List.of());
		});
	}

	/**
	 * The transfer contract of a SIGNED engagement between a result and an enterprise, made as any other
	 * TRANSFERRED_TO tie (amount in 万元 and year are checked by the tie's rules).
	 */
	public LinkPayload contract(String engagementId, Double amount, Integer year, String actor) {
		List<FieldError> errors = new ArrayList<>();
		Optional<Current> current = (engagementId == null || engagementId.isBlank()) ? Optional.empty()
				: this.reads.one(EngagementQueries.CURRENT,
						parameters("id", engagementId), Current::from);
		if (current.isEmpty()) {
			errors.add(new FieldError("engagementId", "no engagement has id " + engagementId));
		}
		else if (current.get().status() != EngagementStatus.SIGNED) {
			errors.add(new FieldError("engagementId", "only a SIGNED engagement becomes a contract; "
					+ engagementId + " is " + current.get().status()));
		}
		else if (!current.get().resultToEnterprise()) {
			errors.add(new FieldError("engagementId", "a transfer contract joins a result and an enterprise; "
					+ engagementId + " does not"));
		}
		if (!errors.isEmpty()) {
			return new LinkPayload(null, null, null, null, List.copyOf(errors), null);
		}
		Map<String, Object> link = new HashMap<>();
		link.put("type", "TRANSFERRED_TO");
		link.put("fromId", current.get().subjectId());
		link.put("toId", current.get().partyId());
		link.put("amount", amount);
		link.put("year", year);
		return this.ties.link(link, actor);
	}

	public Optional<Engagement> find(String id) {
		if (id == null || id.isBlank()) {
			throw new InvalidArgumentException("id", "must not be blank");
		}
		return this.reads.one(EngagementQueries.BY_ID, parameters("id", id), EngagementService::engagement);
	}

	/** The pipeline, nearest next step first; {@code first} 0 to 100. */
	public List<Engagement> pipeline(List<EngagementStatus> status, String handlerId, String subjectId, Integer first) {
		int limit = Arguments.first("first", first);
		if (status != null && status.isEmpty()) {
			throw new InvalidArgumentException("status", "must name at least one status, or be left out for all");
		}
		return this.reads.list(EngagementQueries.PIPELINE,
				parameters("status", (status == null) ? null : status.stream().map(Enum::name).toList(), "handlerId",
						handlerId, "subjectId", subjectId, "first", limit),
				EngagementService::engagement);
	}

	/** How many engagements are at each status (every status, zeros included). */
	public List<EngagementCount> counts(String handlerId) {
		Map<EngagementStatus, Integer> counts = new EnumMap<>(EngagementStatus.class);
		for (EngagementStatus status : EngagementStatus.values()) {
			counts.put(status, 0);
		}
		this.reads.list(EngagementQueries.COUNTS, parameters("handlerId", handlerId), (row) -> counts
			.put(EngagementStatus.valueOf(row.get("status").asString()), row.get("count").asInt()));
		return counts.entrySet().stream().map((entry) -> new EngagementCount(entry.getKey(), entry.getValue())).toList();
	}

	public List<ChainFunnel> funnel(String chainId) {
		return this.reads.list(EngagementQueries.FUNNEL, parameters("chainId", chainId),
				(row) -> new ChainFunnel(row.get("chainId").asString(), row.get("chainName").asString(),
						row.get("contacted").asInt(), row.get("meeting").asInt(), row.get("negotiating").asInt(),
						row.get("signed").asInt(), row.get("dropped").asInt(), row.get("contracts").asInt()));
	}

	/** Each end must exist and be of a kind that fits: a result with an enterprise or a base, a demand with an institute. */
	private void checkEnds(String subjectId, String partyId, String handlerId, List<FieldError> errors) {
		List<String> ids = new ArrayList<>();
		for (String id : new String[] { subjectId, partyId, handlerId }) {
			if (id != null) {
				ids.add(id);
			}
		}
		Map<String, EntityKind> kinds = new HashMap<>();
		this.reads.list(EngagementQueries.KINDS, parameters("ids", ids), (row) -> {
			List<String> labels = row.get("labels").asList(Value::asString);
			for (EntityKind kind : EntityKind.values()) {
				if (labels.contains(kind.label())) {
					kinds.put(row.get("id").asString(), kind);
				}
			}
			return row.get("id").asString();
		});
		EntityKind subject = kind("subjectId", subjectId, kinds, errors);
		EntityKind party = kind("partyId", partyId, kinds, errors);
		EntityKind handler = kind("handlerId", handlerId, kinds, errors);
		if (subject != null && !PARTIES.containsKey(subject)) {
			errors.add(new FieldError("subjectId", "must be a RESULT or a DEMAND; " + subjectId + " is a " + subject));
		}
		else if (subject != null && party != null && !PARTIES.get(subject).contains(party)) {
			errors.add(new FieldError("partyId", "an engagement about a " + subject + " is with one of "
					+ PARTIES.get(subject).stream().sorted().toList() + "; " + partyId + " is a " + party));
		}
		if (handler != null && !HANDLERS.contains(handler)) {
			errors.add(new FieldError("handlerId", "must be a BROKER or a TRANSFER_AGENCY; " + handlerId + " is a " + handler));
		}
	}

	private static EntityKind kind(String field, String id, Map<String, EntityKind> kinds, List<FieldError> errors) {
		if (id == null) {
			return null;
		}
		EntityKind kind = kinds.get(id);
		if (kind == null) {
			errors.add(new FieldError(field, "no entity has id " + id));
		}
		return kind;
	}

	private static Engagement engagement(Record row) {
		Value e = row.get("e");
		Value contract = row.get("contract");
		return new Engagement(e.get("id").asString(), EngagementStatus.valueOf(e.get("status").asString()),
				EngagementStatus.valueOf(e.get("stage").asString()), entity(row.get("s")), entity(row.get("p")),
				entity(row.get("h")),
				row.get("notes").asList((n) -> new EngagementNote(n.get("on").asLocalDate(),
						n.get("text").isNull() ? null : n.get("text").asString(), n.get("by").asString(),
						EngagementStatus.valueOf(n.get("status").asString()))),
				e.get("nextStep").isNull() ? null : e.get("nextStep").asString(),
				e.get("nextStepDue").isNull() ? null : e.get("nextStepDue").asLocalDate(), e.get("recordedBy").asString(),
				e.get("createdAt").asZonedDateTime(), e.get("updatedAt").asZonedDateTime(), e.get("version").asLong(),
				contract.isNull() ? null : new TransferContract(
						contract.get("amount").isNull() ? null : contract.get("amount").asDouble(),
						contract.get("year").isNull() ? null : contract.get("year").asInt()));
	}

	private static GraphEntity entity(Value value) {
		return value.isNull() ? null : Entities.fromProjection(value);
	}

	/** Statement parameters, any of which may be null (which {@code Map.of} refuses). */
	private static Map<String, Object> parameters(Object... namesAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

	/** An engagement's state as a write reads it first. */
	private record Current(EngagementStatus status, EngagementStatus stage, long version, String nextStep,
			LocalDate nextStepDue, boolean resultToEnterprise, String subjectId, String partyId) {

		static Current from(Record row) {
			return new Current(EngagementStatus.valueOf(row.get("status").asString()),
					EngagementStatus.valueOf(row.get("stage").asString()), row.get("version").asLong(),
					row.get("nextStep").isNull() ? null : row.get("nextStep").asString(),
					row.get("nextStepDue").isNull() ? null : row.get("nextStepDue").asLocalDate(),
					row.get("resultToEnterprise").asBoolean(), row.get("subjectId").isNull() ? null : row.get("subjectId").asString(),
					row.get("partyId").isNull() ? null : row.get("partyId").asString());
		}

	}

}
