package city.quanzhou.pilotgraph.editing;

import java.time.ZonedDateTime;

/**
 * An editor's change held for review: what it does ({@code action} CREATE, UPDATE, DELETE, LINK or UNLINK, on
 * an entity of {@code kind}), the mutation's input as JSON, who proposed it and when, and how it was reviewed.
 * {@code entityId} is the entity changed, or for a CREATE the one made once approved. {@code status} is
 * PENDING, APPROVED or REJECTED. {@code proposerId} is the proposer's stable identity (null for proposals
 * stored before it was kept), which the four-eyes rule compares.
 */
public record Proposal(String id, String action, String kind, String entityId, String entityName, String input,
		String proposer, ZonedDateTime proposedAt, String status, String reviewer, ZonedDateTime reviewedAt,
		String comment, String proposerId) {

	public static final String PENDING = "PENDING";

	public static final String APPROVED = "APPROVED";

	public static final String REJECTED = "REJECTED";

}
