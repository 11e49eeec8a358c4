package city.quanzhou.pilotgraph.editing;

import org.springframework.security.core.Authentication;

/**
 * Where editors' writes wait for review. The editing mutations ask it whether a caller's change applies at
 * once or becomes a proposal; the review feature implements it (so this package need not know that one).
 */
public interface ReviewGate {

	/** Whether this caller's writes wait as proposals instead of applying at once. */
	boolean holds(Authentication caller);

	/** Stores a checked change as a pending proposal, in a transaction of its own. */
	Proposal propose(ProposedChange change);

}
