package city.quanzhou.pilotgraph.editing;

/**
 * A change an editor asked for, checked against the graph and not written: what {@link ReviewGate#propose}
 * stores. {@code kind} is the {@code EntityKind}'s name (for a tie, its start's kind); {@code input} is the
 * mutation's input as JSON, applied as it stands once approved. {@code proposer} is the name shown,
 * {@code proposerId} the proposer's stable identity ({@code security.Identity}).
 */
public record ProposedChange(String action, String kind, String entityId, String entityName, String input,
		String proposer, String proposerId) {
}
