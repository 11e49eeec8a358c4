package city.quanzhou.pilotgraph.matching;

/**
 * The Cypher behind {@link MatchingService}: one statement per question. Each reads the facts a score is
 * made of; weighing them happens in Java, where the reasons are written from the same facts.
 */
final class MatchingQueries {

	private MatchingQueries() {
	}

	/**
	 * Facts for each (result, base) pair: links of the result the base covers, chains they share, place
	 * (same district as an owner, same park, run by an owner) and the cosine of their embeddings
	 * ({@code vector.similarity.cosine} reports (1 + cosine) / 2, turned back here).
	 * Either side may be restricted by id; with no base ids, suspended bases are left out because they
	 * cannot take a result now. Entities come without their embeddings, which only the database needs.
	 */
	static final String PAIRS = """
			MATCH (r:Result) WHERE r.id IN $resultIds
			MATCH (b:TestBase) WHERE CASE WHEN $baseIds IS NULL THEN b.status <> 'SUSPENDED' ELSE b.id IN $baseIds END
			CALL (r) {
			  OPTIONAL MATCH (r)-[:APPLIES_TO]->(l:ChainLink)
			  RETURN count(DISTINCT l) AS linkCount
			}
			CALL (r, b) {
			  OPTIONAL MATCH (r)-[:APPLIES_TO]->(l:ChainLink)<-[:COVERS]-(b)
			  RETURN collect(DISTINCT l.name) AS coveredLinks
			}
			CALL (r, b) {
			  OPTIONAL MATCH (r)-[:APPLIES_TO]->(:ChainLink)-[:PART_OF]->(c:IndustryChain)<-[:PART_OF]-(:ChainLink)<-[:COVERS]-(b)
			  RETURN collect(DISTINCT c.name) AS sharedChains
			}
			CALL (r, b) {
			  OPTIONAL MATCH (r)-[:OWNED_BY]->()-[:LOCATED_IN]->(d:District)<-[:LOCATED_IN]-(b)
			  RETURN min(d.name) AS sameDistrict
			}
			CALL (r, b) {
			  OPTIONAL MATCH (r)-[:OWNED_BY]->()-[:IN_PARK]->(p:Park)<-[:IN_PARK]-(b)
			  RETURN min(p.name) AS samePark
			}
			CALL (r, b) {
			  OPTIONAL MATCH (r)-[:OWNED_BY]->(o)<-[:OPERATED_BY]-(b)
			  RETURN min(o.name) AS runByOwner
			}
			RETURN r {.*, embedding: null, labels: labels(r)} AS r, b {.*, embedding: null, labels: labels(b)} AS b,
			       linkCount, coveredLinks, sharedChains, sameDistrict, samePark, runByOwner,
			       CASE WHEN r.embedding IS NULL OR b.embedding IS NULL THEN null
			            ELSE 2 * vector.similarity.cosine(r.embedding, b.embedding) - 1 END AS similarity
			""";

	/** Waiting results (needsPilot, LAB or BENCH) published on or after $since, for a digest. */
	static final String WAITING_SINCE = """
			MATCH (r:Result)
			WHERE r.needsPilot = true AND r.maturity IN ['LAB', 'BENCH'] AND r.publishedOn >= $since
			RETURN r.id AS id
			ORDER BY r.publishedOn DESC, r.id
			LIMIT $limit
			""";

	/**
	 * Candidate solvers of a demand: results and institutes near it by meaning (vector index, bounded) and
	 * those tied to its links, each with the facts its score is made of.
	 */
	static final String SOLVERS = """
			MATCH (d:Demand {id: $demandId})
			CALL (d) {
			  OPTIONAL MATCH (d)-[:ON_LINK]->(l:ChainLink)
			  OPTIONAL MATCH (l)-[:PART_OF]->(c:IndustryChain)
			  RETURN collect(DISTINCT l) AS links, collect(DISTINCT c) AS chains
			}
			CALL (d, links) {
			  OPTIONAL CALL (d) {
			    CALL db.index.vector.queryNodes('entity_embedding', $candidates, d.embedding) YIELD node
			    WITH node WHERE node:Result OR node:Institute
			    RETURN collect(node) AS near
			  }
			  OPTIONAL CALL (links) {
			    UNWIND links AS l
			    MATCH (l)<-[:APPLIES_TO]-(r:Result)
			    OPTIONAL MATCH (r)-[:OWNED_BY]->(i:Institute)
			    RETURN collect(DISTINCT r) + collect(DISTINCT i) AS onLinks
			  }
			  OPTIONAL CALL (d) {
			    MATCH (d)<-[:SOLVES]-(i:Institute)
			    RETURN collect(i) AS solvers
			  }
			  UNWIND coalesce(near, []) + coalesce(onLinks, []) + coalesce(solvers, []) AS candidate
			  RETURN DISTINCT candidate
			}
			WITH d, links, chains, candidate AS c
			CALL (c, links) {
			  OPTIONAL MATCH (c)-[:APPLIES_TO]->(l:ChainLink) WHERE l IN links
			  RETURN collect(DISTINCT l.name) AS resultLinks
			}
			CALL (c, chains) {
			  OPTIONAL MATCH (c)-[:APPLIES_TO]->(:ChainLink)-[:PART_OF]->(ch:IndustryChain) WHERE ch IN chains
			  RETURN collect(DISTINCT ch.name) AS resultChains
			}
			CALL (c) {
			  OPTIONAL MATCH (c)-[:OWNED_BY]->(o)
			  RETURN collect(DISTINCT o.name) AS owners, any(x IN collect(o) WHERE x.inCity = true OR x:Enterprise) AS ownerInCity
			}
			CALL (c, links) {
			  OPTIONAL MATCH (c)<-[:OWNED_BY]-(r:Result)-[:APPLIES_TO]->(l:ChainLink) WHERE l IN links
			  RETURN count(DISTINCT r) AS instituteResults, collect(DISTINCT l.name) AS instituteLinks
			}
			CALL (c, d, chains) {
			  OPTIONAL MATCH (c)-[s:SOLVES]->(other:Demand)
			  WHERE other <> d AND EXISTS { (other)-[:ON_LINK]->(:ChainLink)-[:PART_OF]->(ch) WHERE ch IN chains }
			  RETURN count(DISTINCT other) AS solvedNearby
			}
			CALL (c, d) {
			  OPTIONAL MATCH (c)-[s:SOLVES]->(d)
			  RETURN min(s.year) AS solvedThisYear, count(s) > 0 AS solvedThis
			}
			RETURN c {.*, embedding: null, labels: labels(c)} AS c, resultLinks, resultChains, owners, ownerInCity, instituteResults, instituteLinks, solvedNearby,
			       solvedThis, solvedThisYear,
			       CASE WHEN c.embedding IS NULL OR d.embedding IS NULL THEN null
			            ELSE 2 * vector.similarity.cosine(c.embedding, d.embedding) - 1 END AS similarity
			""";

}
