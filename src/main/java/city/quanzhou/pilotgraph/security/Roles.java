package city.quanzhou.pilotgraph.security;

import java.util.Set;

/**
 * Who may do what. Anonymous callers read the public part of the graph; BROKER and PLANNER read all of it,
 * brokers' contact data included; EDITOR also writes; ADMIN also imports and reads the audit log.
 */
public final class Roles {

	public static final String BROKER = "BROKER";

	public static final String PLANNER = "PLANNER";

	public static final String EDITOR = "EDITOR";

	public static final String ADMIN = "ADMIN";

	public static final Set<String> ALL = Set.of(BROKER, PLANNER, EDITOR, ADMIN);

	/** For {@code @PreAuthorize}: any role that reads personal data. */
	public static final String READS_EVERYTHING = "hasAnyRole('BROKER', 'PLANNER', 'EDITOR', 'ADMIN')";

	public static final String WRITES = "hasAnyRole('EDITOR', 'ADMIN')";

	public static final String ADMINISTERS = "hasRole('ADMIN')";

	private Roles() {
	}

}
