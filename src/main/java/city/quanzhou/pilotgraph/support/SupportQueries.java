package city.quanzhou.pilotgraph.support;

import java.util.Map;

/**
 * The Cypher of the planners' questions on policy instruments. The voucher grouping is chosen from a fixed
 * map by dimension, never built from the request.
 */
final class SupportQueries {

	static final String SUPPORT_AND_DELIVERY = """
			MATCH (b:TestBase)
			CALL (b) {
			  OPTIONAL MATCH (s:Subsidy)-[:GRANTED_TO]->(b)
			  WHERE s.year = $year
			  RETURN coalesce(sum(s.amount), 0.0) AS subsidies
			}
			CALL (b) {
			  OPTIONAL MATCH (v:VoucherGrant)-[:REDEEMED_AT]->(b)
			  WHERE v.year = $year
			  RETURN coalesce(sum(v.amount), 0.0) AS vouchers
			}
			CALL (b) {
			  OPTIONAL MATCH (b)-[s:SERVED]->(e:Enterprise)
			  WHERE s.year = $year
			  RETURN count(DISTINCT e) AS enterprises,
			         sum(CASE WHEN s IS NULL THEN 0 ELSE coalesce(s.projects, 1) END) AS projects
			}
			CALL (b) {
			  OPTIONAL MATCH (b)-[p:PILOTED]->(r:Result)
			  WHERE p.year = $year
			  RETURN count(DISTINCT r) AS pilots
			}
			WITH b, subsidies, vouchers, enterprises, projects, pilots
			WHERE subsidies > 0 OR vouchers > 0 OR enterprises > 0 OR pilots > 0
			RETURN b {.*, embedding: null, labels: labels(b)} AS base, subsidies, vouchers, enterprises, projects, pilots
			ORDER BY subsidies + vouchers DESC, b.name
			LIMIT $first
			""";

	private static final String VOUCHERS = """
			MATCH (v:VoucherGrant)
			WHERE ($year IS NULL OR v.year = $year) AND ($level IS NULL OR v.level = $level)
			%s
			RETURN key, name, count(DISTINCT v) AS grants, count(DISTINCT e) AS enterprises,
			       round(sum(v.amount), 2) AS amount
			ORDER BY amount DESC, name
			""";

	/**
	 * How a voucher finds its group. A voucher to an enterprise active in two chains counts in both; one
	 * without a district or provider is grouped under a null key.
	 */
	static final Map<VoucherDimension, String> VOUCHERS_BY = Map.of(
			VoucherDimension.DISTRICT, VOUCHERS.formatted("""
					OPTIONAL MATCH (v)-[:GRANTED_TO]->(e:Enterprise)
					OPTIONAL MATCH (e)-[:LOCATED_IN]->(d:District)
					WITH v, e, d.code AS key, coalesce(d.name, '未知') AS name
					"""),
			VoucherDimension.CHAIN, VOUCHERS.formatted("""
					OPTIONAL MATCH (v)-[:GRANTED_TO]->(e:Enterprise)
					OPTIONAL MATCH (e)-[:ACTIVE_IN]->(:ChainLink)-[:PART_OF]->(c:IndustryChain)
					WITH DISTINCT v, e, c
					WITH v, e, c.id AS key, coalesce(c.name, '未知') AS name
					"""),
			VoucherDimension.PROVIDER, VOUCHERS.formatted("""
					OPTIONAL MATCH (v)-[:GRANTED_TO]->(e:Enterprise)
					OPTIONAL MATCH (v)-[:REDEEMED_AT]->(p:Entity)
					WITH v, e, p.id AS key, coalesce(p.name, '未知') AS name
					"""));

	/** Each base's latest approved step (by the order of the path, then by date) and whether it has one pending. */
	static final String PIPELINE = """
			MATCH (b:TestBase)
			OPTIONAL MATCH (s:RecognitionStep {decision: 'APPROVED'})-[:STEP_OF]->(b)
			WITH b, s, CASE s.step WHEN 'APPLIED' THEN 1 WHEN 'REGISTERED' THEN 2 WHEN 'ASSESSED' THEN 3
			           WHEN 'RECOGNISED' THEN 4 WHEN 'PROVINCIAL' THEN 5 ELSE 0 END AS position
			ORDER BY position DESC, s.decidedOn DESC
			WITH b, collect(s)[0] AS current
			RETURN b {.*, embedding: null, labels: labels(b)} AS base, coalesce(current.step, 'NONE') AS step,
			       current.decidedOn AS since,
			       EXISTS { (:RecognitionStep {decision: 'PENDING'})-[:STEP_OF]->(b) } AS pending
			ORDER BY since, b.name
			""";

	static final String NEVER_ASSESSED = """
			MATCH (b:TestBase)
			WHERE b.status IN ['OPERATING', 'SUSPENDED'] AND NOT EXISTS { (:Assessment)-[:ASSESSES]->(b) }
			RETURN b {.*, embedding: null, labels: labels(b)} AS base
			ORDER BY b.name
			LIMIT $first
			""";

	static final String TRAINING = """
			MATCH (t:TrainingEvent)-[:ORGANISED_BY]->(o:Entity)
			WHERE $year IS NULL OR t.heldOn.year = $year
			WITH o, collect(t) AS events
			RETURN o {.*, embedding: null, labels: labels(o)} AS organiser, size(events) AS events,
			       reduce(n = 0, t IN events | n + coalesce(t.participants, 0)) AS participants,
			       reduce(n = 0, t IN events | n + coalesce(t.newBrokers, 0)) AS newBrokers,
			       COUNT { MATCH (t:TrainingEvent)-[:TRAINED]->(x:Broker) WHERE t IN events RETURN DISTINCT x } AS brokersTrained,
			       COUNT { MATCH (t:TrainingEvent)-[:TRAINED]->(x:TestBase) WHERE t IN events RETURN DISTINCT x } AS basesTrained
			ORDER BY newBrokers DESC, o.name
			""";

	private SupportQueries() {
	}

}
