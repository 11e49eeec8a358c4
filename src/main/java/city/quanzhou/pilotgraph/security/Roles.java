package city.quanzhou.pilotgraph.security;

import java.util.Set;

/**
 * Who may do what. Anonymous callers read the public part of the graph; BROKER and PLANNER read all of it,
 * brokers' contact data included; EDITOR also writes (where review is required, an editor's write waits as a
 * proposal); REVIEWER approves or rejects proposals; ADMIN writes directly, reviews, imports and reads the audit log.
 */
public final class Roles {

	public static final String BROKER = "BROKER";

	public static final String PLANNER = "PLANNER";

	public static final String EDITOR = "EDITOR";

	public static final String REVIEWER = "REVIEWER";

	public static final String ADMIN = "ADMIN";

	public static final Set<String> ALL = Set.of(BROKER, PLANNER, EDITOR, REVIEWER, ADMIN);

	/** For {@code @PreAuthorize}: any role that reads personal data. */
	public static final String READS_EVERYTHING = "hasAnyRole('BROKER', 'PLANNER', 'EDITOR', 'REVIEWER', 'ADMIN')";

	public static final String WRITES = "hasAnyRole('EDITOR', 'ADMIN')";

	/** Approving or rejecting editors' proposals. */
	public static final String REVIEWS = "hasAnyRole('REVIEWER', 'ADMIN')";

	/** Reading proposals: editors their own, reviewers and admins every one. */
	public static final String PROPOSES_OR_REVIEWS = "hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')";

	public static final String ADMINISTERS = "hasRole('ADMIN')";

	/** Reading brokers' engagements (对接 records), their pipeline, funnel and export. */
	public static final String READS_ENGAGEMENTS = "hasAnyRole('BROKER', 'PLANNER', 'ADMIN')";

	/** Recording and advancing engagements: brokers (for themselves or their agency) and admins. */
	public static final String RECORDS_ENGAGEMENTS = "hasAnyRole('BROKER', 'ADMIN')";

	private Roles() {
	}

}
