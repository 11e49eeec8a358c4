package city.quanzhou.pilotgraph.matching;

/**
 * The Cypher behind {@link MatchingService}: one statement per question. Each reads the facts a score is
 * made of; weighing them happens in Java, where the reasons are written from the same facts.
 */
final class MatchingQueries {

	private MatchingQueries() {
	}

	/**
	 * Facts for each (result, base) pair that fits (the base covers a link of the result, shares a chain with it, or
	 * reads alike, cosine at least {@code $closeMeaning}): links of the result the base covers, chains they share,
	 * place (same district as an owner, same park, run by an owner) and the cosine of their embeddings
	 * ({@code vector.similarity.cosine} reports (1 + cosine) / 2, turned back here). Each row also says how many
	 * bases were weighed for its result ({@code candidates}); a result no base fits has one row without a base.
	 * Either side may be restricted by id; with no base ids, suspended bases are left out because they
	 * cannot take a result now. Entities come without their embeddings, which only the database needs.
	 * <p>
	 * What the result is tied to (links, chains, owners, their districts and parks) is read once, and each base
	 * only follows its own few ties to check them: walking from the result's district to the bases in it read every
	 * entity of the district for every base, which took longer than the 20 s limit at a million nodes.
	 */
	static final String PAIRS = """
			MATCH (r:Entity:Result) WHERE r.id IN $resultIds
			CALL (r) {
			  OPTIONAL MATCH (r)-[:APPLIES_TO]->(l:ChainLink)
			  OPTIONAL MATCH (l)-[:PART_OF]->(c:IndustryChain)
			  RETURN collect(DISTINCT l) AS links, collect(DISTINCT c) AS chains
			}
			CALL (r) {
			  OPTIONAL MATCH (r)-[:OWNED_BY]->(o)
			  OPTIONAL MATCH (o)-[:LOCATED_IN]->(d:District)
			  OPTIONAL MATCH (o)-[:IN_PARK]->(p:Park)
			  RETURN collect(DISTINCT o) AS owners, collect(DISTINCT d) AS districts, collect(DISTINCT p) AS parks
			}
			MATCH (b:TestBase) WHERE CASE WHEN $baseIds IS NULL THEN b.status <> 'SUSPENDED' ELSE b.id IN $baseIds END
			CALL (b, links) {
			  OPTIONAL MATCH (b)-[:COVERS]->(l:ChainLink) WHERE l IN links
			  RETURN collect(DISTINCT l.name) AS coveredLinks
			}
			CALL (b, chains) {
			  OPTIONAL MATCH (b)-[:COVERS]->(:ChainLink)-[:PART_OF]->(c:IndustryChain) WHERE c IN chains
			  RETURN collect(DISTINCT c.name) AS sharedChains
			}
			WITH r, links, owners, districts, parks, b, coveredLinks, sharedChains,
			     CASE WHEN r.embedding IS NULL OR b.embedding IS NULL THEN null
			          ELSE 2 * vector.similarity.cosine(r.embedding, b.embedding) - 1 END AS similarity
			WITH r, links, owners, districts, parks, count(b) AS candidates,
			     collect(CASE WHEN size(coveredLinks) > 0 OR size(sharedChains) > 0 OR similarity >= $closeMeaning
			                  THEN {b: b, coveredLinks: coveredLinks, sharedChains: sharedChains, similarity: similarity} END) AS fitting
			UNWIND CASE WHEN size(fitting) = 0 THEN [null] ELSE fitting END AS pair
			WITH r, links, owners, districts, parks, candidates, pair, pair.b AS b
			CALL (b, districts) {
			  OPTIONAL MATCH (b)-[:LOCATED_IN]->(d:District) WHERE d IN districts
			  RETURN min(d.name) AS sameDistrict
			}
			CALL (b, parks) {
			  OPTIONAL MATCH (b)-[:IN_PARK]->(p:Park) WHERE p IN parks
			  RETURN min(p.name) AS samePark
			}
			CALL (b, owners) {
			  OPTIONAL MATCH (b)-[:OPERATED_BY]->(o) WHERE o IN owners
			  RETURN min(o.name) AS runByOwner
			}
			RETURN r {.*, embedding: null, labels: labels(r)} AS r,
			       CASE WHEN b IS NULL THEN null ELSE b {.*, embedding: null, labels: labels(b)} END AS b,
			       candidates, size(links) AS linkCount, pair.coveredLinks AS coveredLinks,
			       pair.sharedChains AS sharedChains, sameDistrict, samePark, runByOwner, pair.similarity AS similarity
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
	 * Candidate solvers of a demand: results and institutes near it by meaning (vector index, bounded, while it
	 * is online: {@code $byMeaning}) and those tied to its links, each with the facts its score is made of.
	 */
	static final String SOLVERS = """
			MATCH (d:Entity:Demand {id: $demandId})
			CALL (d) {
			  OPTIONAL MATCH (d)-[:ON_LINK]->(l:ChainLink)
			  OPTIONAL MATCH (l)-[:PART_OF]->(c:IndustryChain)
			  RETURN collect(DISTINCT l) AS links, collect(DISTINCT c) AS chains
			}
			CALL (d, links) {
			  OPTIONAL CALL (d) {
			    UNWIND CASE WHEN $byMeaning THEN [d] ELSE [] END AS asked
			    CALL db.index.vector.queryNodes('entity_embedding', $candidates, asked.embedding) YIELD node
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
