package city.quanzhou.pilotgraph.assessment;

/**
 * The Cypher of the assessment. One statement measures every criterion of every assessed base for a year.
 */
final class AssessmentQueries {

	/**
	 * The bases assessed for a year: operating or suspended ones established by then. Each criterion is
	 * measured in its own subquery so that the rows of one do not multiply another's.
	 */
	static final String MEASURES = """
			MATCH (b:TestBase)
			WHERE b.status IN ['OPERATING', 'SUSPENDED'] AND coalesce(b.establishedYear, 0) <= $year
			CALL (b) {
			  OPTIONAL MATCH (b)-[s:SERVED]->(e:Enterprise)
			  WHERE s.year = $year
			  RETURN sum(CASE WHEN s IS NULL THEN 0 ELSE coalesce(s.projects, 1) END) AS services,
			         count(DISTINCT e) AS enterprises
			}
			CALL (b) {
			  OPTIONAL MATCH (b)-[p:PILOTED]->(r:Result)
			  WHERE p.year = $year
			  RETURN count(DISTINCT r) AS pilots
			}
			CALL (b) {
			  OPTIONAL MATCH (b)-[p:PILOTED]->(r:Result)
			  WHERE p.year <= $year
			    AND (r.maturity = 'INDUSTRIAL' OR EXISTS { (r)-[t:TRANSFERRED_TO]->(:Enterprise) WHERE t.year <= $year })
			  RETURN count(DISTINCT r) AS industry
			}
			RETURN b {.*, embedding: null, labels: labels(b)} AS base, services, enterprises, pilots, industry,
			       CASE WHEN b.openToPublic THEN 1 ELSE 0 END AS openness
			ORDER BY b.name
			""";

	static final String VERSION = """
			MATCH (c:AssessmentCriteria)
			WHERE ($version IS NULL OR c.version = $version)
			RETURN c {.*} AS criteria
			ORDER BY c.version DESC
			LIMIT 1
			""";

	static final String VERSIONS = """
			MATCH (c:AssessmentCriteria)
			RETURN c {.*} AS criteria
			ORDER BY c.version DESC
			""";

	/** The next version; the uniqueness constraint on the version refuses a concurrent twin. */
	static final String ADD_VERSION = """
			OPTIONAL MATCH (c:AssessmentCriteria)
			WITH coalesce(max(c.version), 0) + 1 AS next
			CREATE (n:AssessmentCriteria {version: next, criteria: $criteria, weights: $weights, note: $note,
			        createdBy: $actor, createdAt: datetime()})
			RETURN n {.*} AS criteria
			""";

	private AssessmentQueries() {
	}

}
