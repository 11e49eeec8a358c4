/**
 * Review before it counts: where a deployment requires it ({@code pilotgraph.review.required}), an editor's
 * write is checked and kept as a {@code :Proposal} that changes nothing until a reviewer (or an admin) approves
 * it; approving applies it through the editing feature in the approval's transaction, rejecting only closes it.
 */
package city.quanzhou.pilotgraph.review;
