package city.quanzhou.pilotgraph.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.editing.FieldError;
import city.quanzhou.pilotgraph.editing.Proposal;
import city.quanzhou.pilotgraph.editing.ProposedChange;
import city.quanzhou.pilotgraph.editing.RetriedTransactions;
import city.quanzhou.pilotgraph.editing.ReviewGate;
import city.quanzhou.pilotgraph.editing.ReviewedEdits;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.security.Identity;
import city.quanzhou.pilotgraph.security.Roles;

/**
 * Proposals made, listed, approved and rejected. Approving is one transaction: the proposal is locked and
 * must still be pending, the change is applied with every check of a direct write (a stale version among
 * them), and the proposal is closed; any refusal leaves both the graph and the proposal as they were.
 */
@Service
public class ReviewService implements ReviewGate {

	static final int MAX_COMMENT = 2000;

	private final ReviewProperties properties;

	private final ProposalStore store;

	private final ReviewedEdits edits;

	private final RetriedTransactions transactions;

	ReviewService(ReviewProperties properties, ProposalStore store, ReviewedEdits edits,
			PlatformTransactionManager transactionManager) {
		this.properties = properties;
		this.store = store;
		this.edits = edits;
		this.transactions = new RetriedTransactions(transactionManager);
	}

	@Override
	public boolean holds(Authentication caller) {
		return this.properties.required() && !hasRole(caller, Roles.ADMIN);
	}

	@Override
	public Proposal propose(ProposedChange change) {
		return this.transactions.execute((status) -> this.store.create(change));
	}

	/** Editors see their own proposals; reviewers and admins see every one. */
	@Transactional(readOnly = true)
	public Connection<Proposal> proposals(String status, Integer first, String after, Authentication caller) {
		boolean reviews = hasRole(caller, Roles.REVIEWER) || hasRole(caller, Roles.ADMIN);
		return this.store.list(status, reviews ? null : Identity.of(caller), caller.getName(), first, after);
	}

	public ReviewPayload approve(String id, String comment, Authentication caller) {
		String reviewer = caller.getName();
		List<FieldError> errors = new ArrayList<>();
		checkComment(comment, false, errors);
		return this.transactions.execute((status) -> {
			Proposal proposal = errors.isEmpty() ? pending(id, caller, errors) : null;
			if (proposal != null) {
				ReviewedEdits.Applied applied = this.edits.apply(proposal, reviewer);
				applied.errors().forEach((error) -> errors.add(new FieldError(error.field(),
						"the proposal can no longer be applied: " + error.message())));
				if (errors.isEmpty()) {
					return new ReviewPayload(this.store.close(id, Proposal.APPROVED, reviewer, comment, applied.entityId()),
							List.of());
				}
			}
			status.setRollbackOnly();
			return ReviewPayload.failed(errors);
		});
	}

	public ReviewPayload reject(String id, String comment, Authentication caller) {
		String reviewer = caller.getName();
		List<FieldError> errors = new ArrayList<>();
		checkComment(comment, true, errors);
		return this.transactions.execute((status) -> {
			Proposal proposal = errors.isEmpty() ? pending(id, caller, errors) : null;
			if (proposal == null) {
				status.setRollbackOnly();
				return ReviewPayload.failed(errors);
			}
			return new ReviewPayload(this.store.close(id, Proposal.REJECTED, reviewer, comment, null), List.of());
		});
	}

	/** The proposal, locked, if it can be reviewed by this reviewer; else null and the reason in errors. */
	private Proposal pending(String id, Authentication reviewer, List<FieldError> errors) {
		Proposal proposal = this.store.lock(id).orElse(null);
		if (proposal == null) {
			errors.add(new FieldError("id", "no proposal has id " + id));
		}
		else if (!Proposal.PENDING.equals(proposal.status())) {
			errors.add(new FieldError("id", "proposal " + id + " was already " + proposal.status().toLowerCase()
					+ " by " + proposal.reviewer() + "; only a pending proposal can be reviewed"));
		}
		else if (proposedBy(proposal, reviewer)) {
			// four eyes: a change counts once someone other than its author has looked at it (the same person,
			// not merely the same name: two people may share a display name, and one person's may change)
			errors.add(new FieldError("id", "you proposed " + id + " yourself; another reviewer must review it"));
		}
		return errors.isEmpty() ? proposal : null;
	}

	/** Whether the caller proposed it: by identity, or by name for a proposal stored before identities were kept. */
	private static boolean proposedBy(Proposal proposal, Authentication caller) {
		return (proposal.proposerId() != null) ? proposal.proposerId().equals(Identity.of(caller))
				: proposal.proposer().equals(caller.getName());
	}

	private static void checkComment(String comment, boolean required, List<FieldError> errors) {
		if (comment == null || comment.isBlank()) {
			if (required) {
				errors.add(new FieldError("comment", "is required to reject a proposal: say why"));
			}
		}
		else if (comment.length() > MAX_COMMENT) {
			errors.add(new FieldError("comment", "has " + comment.length() + " characters; at most " + MAX_COMMENT
					+ " are accepted"));
		}
		else if (comment.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			errors.add(new FieldError("comment", "contains a control character"));
		}
	}

	private static boolean hasRole(Authentication caller, String role) {
		return caller != null && caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(("ROLE_" + role)::equals);
	}

}
