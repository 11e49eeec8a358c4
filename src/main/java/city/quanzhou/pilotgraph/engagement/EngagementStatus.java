package city.quanzhou.pilotgraph.engagement;

/**
 * Where an engagement stands. The open stages run forward (a stage may be skipped, never gone back to);
 * SIGNED and DROPPED close it.
 */
public enum EngagementStatus {

	CONTACTED("已联系"), MEETING("已会面"), NEGOTIATING("洽谈中"), SIGNED("已签约"), DROPPED("已终止");

	private final String label;

	EngagementStatus(String label) {
		this.label = label;
	}

	/** The Chinese a broker reads in notes and exports. */
	public String label() {
		return this.label;
	}

	public boolean closed() {
		return this == SIGNED || this == DROPPED;
	}

	/** Null when the move is allowed, else why not. */
	String problemMovingTo(EngagementStatus next) {
		if (next == this) {
			return "the engagement is already " + this;
		}
		if (closed()) {
			return "a " + this + " engagement is closed; record a new engagement instead";
		}
		if (next != DROPPED && next.ordinal() < ordinal()) {
			return "cannot go back from " + this + " to " + next + "; stages run CONTACTED, MEETING, NEGOTIATING, SIGNED";
		}
		return null;
	}

}
