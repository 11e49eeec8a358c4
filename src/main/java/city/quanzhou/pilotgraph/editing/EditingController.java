package city.quanzhou.pilotgraph.editing;

import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.security.Roles;

@Controller
@PreAuthorize(Roles.WRITES)
class EditingController {

	private final EntityEditor editor;

	private final TieEditor ties;

	private final AuditLog audit;

	EditingController(EntityEditor editor, TieEditor ties, AuditLog audit) {
		this.editor = editor;
		this.ties = ties;
		this.audit = audit;
	}

	@MutationMapping
	EntityPayload upsertInstitute(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.INSTITUTE, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertEnterprise(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.ENTERPRISE, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertTestBase(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.TEST_BASE, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertResult(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.RESULT, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertIndustryChain(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.INDUSTRY_CHAIN, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertChainLink(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.CHAIN_LINK, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertBroker(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.BROKER, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertTransferAgency(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.TRANSFER_AGENCY, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertDemand(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.DEMAND, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertFund(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.FUND, input, caller.getName());
	}

	@MutationMapping
	EntityPayload upsertPark(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.upsert(EditableKind.PARK, input, caller.getName());
	}

	@MutationMapping
	DeletePayload deleteEntity(@Argument Map<String, Object> input, Authentication caller) {
		return this.editor.delete((String) input.get("id"), ((Number) input.get("version")).longValue(),
				Boolean.TRUE.equals(input.get("force")), caller.getName());
	}

	@MutationMapping
	LinkPayload linkEntities(@Argument Map<String, Object> input, Authentication caller) {
		return this.ties.link(input, caller.getName());
	}

	@MutationMapping
	LinkPayload unlinkEntities(@Argument Map<String, Object> input, Authentication caller) {
		return this.ties.unlink(input, caller.getName());
	}

	@QueryMapping
	@PreAuthorize(Roles.ADMINISTERS)
	Connection<AuditEntry> auditLog(@Argument String entityId, @Argument String actor, @Argument Integer first,
			@Argument String after) {
		return this.audit.entries(entityId, actor, first, after);
	}

}
