package city.quanzhou.pilotgraph.editing;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.security.Identity;
import city.quanzhou.pilotgraph.security.Roles;

@Controller
@PreAuthorize(Roles.WRITES)
class EditingController {

	private final EntityEditor editor;

	private final TieEditor ties;

	private final AuditLog audit;

	private final ReviewGate review;

	private final DuplicateCheck duplicates;

	EditingController(EntityEditor editor, TieEditor ties, AuditLog audit, ReviewGate review, DuplicateCheck duplicates) {
		this.editor = editor;
		this.ties = ties;
		this.audit = audit;
		this.review = review;
		this.duplicates = duplicates;
	}

	@MutationMapping
	EntityPayload upsertInstitute(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.INSTITUTE, input, caller);
	}

	@MutationMapping
	EntityPayload upsertEnterprise(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.ENTERPRISE, input, caller);
	}

	@MutationMapping
	EntityPayload upsertTestBase(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.TEST_BASE, input, caller);
	}

	@MutationMapping
	EntityPayload upsertResult(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.RESULT, input, caller);
	}

	@MutationMapping
	EntityPayload upsertIndustryChain(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.INDUSTRY_CHAIN, input, caller);
	}

	@MutationMapping
	EntityPayload upsertChainLink(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.CHAIN_LINK, input, caller);
	}

	@MutationMapping
	EntityPayload upsertBroker(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.BROKER, input, caller);
	}

	@MutationMapping
	EntityPayload upsertTransferAgency(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.TRANSFER_AGENCY, input, caller);
	}

	@MutationMapping
	EntityPayload upsertDemand(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.DEMAND, input, caller);
	}

	@MutationMapping
	EntityPayload upsertFund(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.FUND, input, caller);
	}

	@MutationMapping
	EntityPayload upsertPark(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.PARK, input, caller);
	}

	@MutationMapping
	EntityPayload upsertVoucherGrant(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.VOUCHER_GRANT, input, caller);
	}

	@MutationMapping
	EntityPayload upsertSubsidy(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.SUBSIDY, input, caller);
	}

	@MutationMapping
	EntityPayload upsertAssessment(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.ASSESSMENT, input, caller);
	}

	@MutationMapping
	EntityPayload upsertRecognitionStep(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.RECOGNITION_STEP, input, caller);
	}

	@MutationMapping
	EntityPayload upsertTrainingEvent(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.TRAINING_EVENT, input, caller);
	}

	@MutationMapping
	EntityPayload upsertBenefitTerms(@Argument Map<String, Object> input, Authentication caller) {
		return upsert(EditableKind.BENEFIT_TERMS, input, caller);
	}

	@MutationMapping
	DeletePayload deleteEntity(@Argument Map<String, Object> input, Authentication caller) {
		String id = (String) input.get("id");
		long version = ((Number) input.get("version")).longValue();
		boolean force = Boolean.TRUE.equals(input.get("force"));
		if (!this.review.holds(caller)) {
			return this.editor.delete(id, version, force, caller.getName());
		}
		DeletePayload checked = this.editor.delete(id, version, force, caller.getName(), null, true);
		return checked.errors().isEmpty()
				? DeletePayload.pending(propose("DELETE", null, id, null, input, caller)) : checked;
	}

	@MutationMapping
	LinkPayload linkEntities(@Argument Map<String, Object> input, Authentication caller) {
		if (!this.review.holds(caller)) {
			return this.ties.link(input, caller.getName());
		}
		LinkPayload checked = this.ties.link(input, caller.getName(), null, true);
		return checked.errors().isEmpty()
				? LinkPayload.pending(propose("LINK", null, (String) input.get("fromId"), null, input, caller)) : checked;
	}

	@MutationMapping
	LinkPayload unlinkEntities(@Argument Map<String, Object> input, Authentication caller) {
		if (!this.review.holds(caller)) {
			return this.ties.unlink(input, caller.getName());
		}
		LinkPayload checked = this.ties.unlink(input, caller.getName(), null, true);
		return checked.errors().isEmpty()
				? LinkPayload.pending(propose("UNLINK", null, (String) input.get("fromId"), null, input, caller)) : checked;
	}

	/**
	 * A write applied at once, or, where the caller's writes are reviewed, checked in full against the graph
	 * (nothing written) and kept as a proposal.
	 */
	private EntityPayload upsert(EditableKind editable, Map<String, Object> input, Authentication caller) {
		String id = (String) input.get("id");
		EntityPayload payload;
		if (!this.review.holds(caller)) {
			payload = this.editor.upsert(editable, input, caller.getName());
		}
		else {
			EntityPayload checked = this.editor.upsert(editable, input, caller.getName(), null, true);
			payload = checked.errors().isEmpty() ? EntityPayload.pending(propose((id == null) ? "CREATE" : "UPDATE",
					editable.kind().name(), id, (String) input.get("name"), input, caller)) : checked;
		}
		if (id != null || !payload.errors().isEmpty()) {
			return payload;
		}
		// a create is not refused for a likely duplicate (two institutes may have similar names), only flagged
		@SuppressWarnings("unchecked")
		List<String> aliases = (input.get("aliases") instanceof List<?> list) ? (List<String>) list : List.of();
		return payload.warning(this.duplicates.likelyDuplicates(editable.kind(),
				(payload.entity() != null) ? payload.entity().id() : null, (String) input.get("name"), aliases,
				(String) input.get("districtCode")));
	}

	private Proposal propose(String action, String kind, String entityId, String entityName, Map<String, Object> input,
			Authentication caller) {
		return this.review.propose(new ProposedChange(action, kind, entityId, entityName, ProposalInputs.write(input),
				caller.getName(), Identity.of(caller)));
	}

	@QueryMapping
	@PreAuthorize(Roles.ADMINISTERS)
	Connection<AuditEntry> auditLog(@Argument String entityId, @Argument String actor, @Argument Integer first,
			@Argument String after) {
		return this.audit.entries(entityId, actor, first, after);
	}

}
