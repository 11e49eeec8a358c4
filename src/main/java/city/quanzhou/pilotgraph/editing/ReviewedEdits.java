package city.quanzhou.pilotgraph.editing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Applies an approved proposal through the same editors, checks and statements as a direct write, as its
 * proposer's write approved by the reviewer (both in the audit entry). It joins the caller's transaction, so
 * the approval and the change commit together or not at all; an entity changed since the proposal was made
 * fails the version check as a stale write of today would.
 */
@Component
public class ReviewedEdits {

	private final EntityEditor editor;

	private final TieEditor ties;

	ReviewedEdits(EntityEditor editor, TieEditor ties) {
		this.editor = editor;
		this.ties = ties;
	}

	/** What applying did: the entity written (made, changed, deleted, or a tie's start), or the errors. */
	public record Applied(String entityId, List<FieldError> errors) {
	}

	public Applied apply(Proposal proposal, String reviewer) {
		String proposer = proposal.proposer();
		return switch (proposal.action()) {
			case "CREATE", "UPDATE" -> {
				EditableKind editable = EditableKind.valueOf(proposal.kind());
				EntityPayload written = this.editor.upsert(editable, ProposalInputs.read(proposal.input(), editable),
						proposer, reviewer, false);
				yield new Applied((written.entity() != null) ? written.entity().id() : null, written.errors());
			}
			case "DELETE" -> {
				Map<String, Object> input = ProposalInputs.read(proposal.input());
				DeletePayload deleted = this.editor.delete((String) input.get("id"),
						((Number) input.get("version")).longValue(), Boolean.TRUE.equals(input.get("force")), proposer,
						reviewer, false);
				yield new Applied(deleted.deletedId(), deleted.errors());
			}
			case "LINK" -> tie(this.ties.link(ProposalInputs.read(proposal.input()), proposer, reviewer, false));
			case "UNLINK" -> tie(this.ties.unlink(ProposalInputs.read(proposal.input()), proposer, reviewer, false));
			default -> throw new IllegalStateException("Unknown proposal action " + proposal.action());
		};
	}

	private static Applied tie(LinkPayload payload) {
		return new Applied((payload.from() != null) ? payload.from().id() : null, payload.errors());
	}

}
