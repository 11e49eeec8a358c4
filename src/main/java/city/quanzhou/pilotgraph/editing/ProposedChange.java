package city.quanzhou.pilotgraph.editing;

/**
 * A change an editor asked for, checked against the graph and not written: what {@link ReviewGate#propose}
 * stores. {@code kind} is the {@code EntityKind}'s name (for a tie, its start's kind); {@code input} is the
 * mutation's input as JSON, applied as it stands once approved.
 */
public record ProposedChange(String action, String kind, String entityId, String entityName, String input,
		String proposer) {
}
