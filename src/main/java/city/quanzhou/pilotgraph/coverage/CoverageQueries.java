package city.quanzhou.pilotgraph.coverage;

import java.util.EnumSet;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.Relation;

/**
 * The Cypher behind {@link CoverageService}. Statuses and maturities that define "operating", "planned"
 * and "waiting" are parameters bound from the constants there, so each meaning is written down once.
 * The only text composed into a statement are the breakdown fragments of {@link BreakdownDimension}.
 */
final class CoverageQueries {

	private CoverageQueries() {
	}

	/**
	 * Links, covered links and operating bases per chain; every count in its own subquery. With {@code $sources},
	 * only COVERS ties of those sources count as covering (null: every tie). The waiting results are counted apart
	 * ({@link #CHAIN_WAITING_RESULTS}): they cost most and do not change when a base does.
	 */
	private static final String CHAIN_COVERAGE = """
			MATCH (c:IndustryChain)
			WHERE $chainId IS NULL OR c.id = $chainId
			CALL (c) {
			  MATCH (l:ChainLink)-[:PART_OF]->(c)
			  RETURN count(l) AS linkCount,
			         count(CASE WHEN EXISTS {
			           MATCH (l)<-[cover:COVERS]-(b:TestBase {status: $operating})
			           WHERE (NOT $openToPublicOnly OR b.openToPublic = true)
			             AND ($sources IS NULL OR coalesce(cover.source, 'IMPORT') IN $sources)
			         } THEN 1 END) AS coveredLinkCount
			}
			CALL (c) {
			  MATCH (c)<-[:PART_OF]-(:ChainLink)<-[cover:COVERS]-(b:TestBase {status: $operating})
			  WHERE (NOT $openToPublicOnly OR b.openToPublic = true)
			    AND ($sources IS NULL OR coalesce(cover.source, 'IMPORT') IN $sources)
			  RETURN count(DISTINCT b) AS operatingBaseCount
			}
			WITH c, linkCount, coveredLinkCount, operatingBaseCount
			ORDER BY c.name, c.id
			RETURN c.id AS chainId, linkCount, coveredLinkCount, operatingBaseCount, """;

	/** What {@link #CHAIN_COVERAGE} reads, its chain read flat. */
	static final CoverageInputs CHAIN_COVERAGE_READS = new CoverageInputs(
			EnumSet.of(EntityKind.INDUSTRY_CHAIN, EntityKind.CHAIN_LINK, EntityKind.TEST_BASE),
			EnumSet.of(Relation.PART_OF, Relation.COVERS));

	/** The results waiting on each chain's links, each counted once per chain. */
	static final String CHAIN_WAITING_RESULTS = """
			MATCH (c:IndustryChain)
			WHERE $chainId IS NULL OR c.id = $chainId
			CALL (c) {
			  MATCH (c)<-[:PART_OF]-(:ChainLink)<-[:APPLIES_TO]-(r:Result)
			  WHERE r.needsPilot = true AND r.maturity IN $waitingMaturities
			  RETURN count(DISTINCT r) AS waitingResultCount
			}
			RETURN c.id AS chainId, waitingResultCount
			""";

	static final CoverageInputs CHAIN_WAITING_RESULTS_READS = new CoverageInputs(
			EnumSet.of(EntityKind.INDUSTRY_CHAIN, EntityKind.CHAIN_LINK, EntityKind.RESULT),
			EnumSet.of(Relation.PART_OF, Relation.APPLIES_TO));

	/** Chain coverage but for the waiting results, with the chain read as the request selects it. */
	static String chainCoverage(EntityProjection chain) {
		return CHAIN_COVERAGE + chain.cypher("c") + " AS c";
	}

	/**
	 * Links that no operating base (in the district, when one is given) covers by a tie of {@code $sources}
	 * (null: any tie). Counting the waiting results of every gap is enough to sort them; the planned bases are read
	 * for the returned gaps only, and each gap's own lists by {@link #GAP_DETAILS}. What follows is {@code RETURN}
	 * and the projection of {@code l}.
	 */
	private static final String COVERAGE_GAPS = """
			MATCH (l:ChainLink)-[:PART_OF]->(c:IndustryChain)
			WHERE ($chainId IS NULL OR c.id = $chainId)
			  AND NOT EXISTS {
			    MATCH (l)<-[cover:COVERS]-(b:TestBase {status: $operating})
			    WHERE ($districtCode IS NULL OR EXISTS { (b)-[:LOCATED_IN]->(:District {code: $districtCode}) })
			      AND ($sources IS NULL OR coalesce(cover.source, 'IMPORT') IN $sources)
			  }
			WITH l, COUNT {
			  MATCH (l)<-[:APPLIES_TO]-(r:Result)
			  WHERE r.needsPilot = true AND r.maturity IN $waitingMaturities
			  WITH DISTINCT r
			  RETURN r
			} AS waitingResultCount
			ORDER BY waitingResultCount DESC, l.name, l.id
			LIMIT $first
			RETURN waitingResultCount, """;

	/** What {@link #coverageGaps} reads, its entities read flat; ties to districts are LOCATED_IN. */
	static final CoverageInputs COVERAGE_GAPS_READS = new CoverageInputs(
			EnumSet.of(EntityKind.INDUSTRY_CHAIN, EntityKind.CHAIN_LINK, EntityKind.TEST_BASE, EntityKind.RESULT),
			EnumSet.of(Relation.PART_OF, Relation.COVERS, Relation.LOCATED_IN, Relation.APPLIES_TO));

	/**
	 * A gap's own lists and its enterprises' count, link by link for the links in {@code $items}. They do not depend
	 * on the bases, so they are kept per link apart from the page ({@code CoverageCache.pageAndItems}): at 1,000,000
	 * nodes the lists of a page of 50 take 0.4 s (each is the first few of thousands by name), and an editor's write to
	 * a base, which changes the page, now reads the lists of the links new to it alone.
	 */
	private static final String GAP_DETAILS = """
			UNWIND $items AS item
			MATCH (l:ChainLink {id: item})
			RETURN item""";

	/** What {@link #GAP_DETAILS} reads, its entities read flat. */
	static final CoverageInputs GAP_DETAILS_READS = new CoverageInputs(
			EnumSet.of(EntityKind.CHAIN_LINK, EntityKind.RESULT, EntityKind.ENTERPRISE),
			EnumSet.of(Relation.APPLIES_TO, Relation.ACTIVE_IN));

	private static final String GAP_ENTERPRISE_COUNT = """
			, COUNT {
			  MATCH (l)<-[:ACTIVE_IN]-(e:Enterprise)
			  WITH DISTINCT e
			  RETURN e
			} AS enterpriseCount""";

	private static final String GAP_WAITING_RESULTS = """
			, COLLECT {
			  MATCH (l)<-[:APPLIES_TO]-(r:Result)
			  WHERE r.needsPilot = true AND r.maturity IN $waitingMaturities
			  WITH DISTINCT r ORDER BY r.name, r.id
			  LIMIT $waitingResultsFirst
			  RETURN %s
			} AS waitingResults""";

	private static final String GAP_ENTERPRISES = """
			, COLLECT {
			  MATCH (l)<-[:ACTIVE_IN]-(e:Enterprise)
			  WITH DISTINCT e ORDER BY e.name, e.id
			  LIMIT $enterprisesFirst
			  RETURN %s
			} AS enterprises""";

	private static final String GAP_PLANNED_BASES = """
			, COLLECT {
			  MATCH (l)<-[:COVERS]-(b:TestBase)
			  WHERE b.status IN $plannedStatuses
			  WITH DISTINCT b ORDER BY b.name, b.id
			  RETURN %s
			} AS plannedBases""";

	/** The page of gaps for what the request selects, each with its link's id; planned bases only when selected. */
	static String coverageGaps(GapSelection selection) {
		StringBuilder cypher = new StringBuilder(COVERAGE_GAPS).append(selection.link().cypher("l"))
			.append(" AS l, l.id AS linkId");
		if (selection.plannedBases() != null) {
			cypher.append(GAP_PLANNED_BASES.formatted(selection.plannedBases().cypher("b")));
		}
		return cypher.toString();
	}

	/** The gaps' own lists and count as the request selects them, or null when it selects none of them. */
	static String gapDetails(GapSelection selection) {
		if (!selection.countEnterprises() && selection.waitingResults() == null && selection.enterprises() == null) {
			return null;
		}
		StringBuilder cypher = new StringBuilder(GAP_DETAILS);
		if (selection.countEnterprises()) {
			cypher.append(GAP_ENTERPRISE_COUNT);
		}
		if (selection.waitingResults() != null) {
			cypher.append(GAP_WAITING_RESULTS.formatted(selection.waitingResults().cypher("r")));
		}
		if (selection.enterprises() != null) {
			cypher.append(GAP_ENTERPRISES.formatted(selection.enterprises().cypher("e")));
		}
		return cypher.toString();
	}

	static final String DISTRICT_COVERAGE = """
			MATCH (d:District)
			WHERE $districtCode IS NULL OR d.code = $districtCode
			CALL (d) {
			  OPTIONAL MATCH (d)<-[:LOCATED_IN]-(b:TestBase {status: $operating})
			  WITH b ORDER BY b.name, b.id
			  RETURN collect(b) AS operatingBases
			}
			WITH d, operatingBases
			WHERE NOT $withoutOperatingBase OR size(operatingBases) = 0
			CALL (d) {
			  OPTIONAL MATCH (d)<-[:LOCATED_IN]-(b:TestBase)
			  WHERE b.status IN $plannedStatuses
			  WITH b ORDER BY b.name, b.id
			  RETURN collect(b) AS plannedBases
			}
			// from the bases already found rather than matching district, bases and status a second time
			CALL (operatingBases) {
			  UNWIND operatingBases AS b
			  MATCH (b)-[:COVERS]->(l:ChainLink)
			  WITH DISTINCT l ORDER BY l.name, l.id
			  RETURN collect(l) AS coveredLinks
			}
			CALL (d) {
			  OPTIONAL MATCH (d)<-[:LOCATED_IN]-(o)<-[:OWNED_BY]-(r:Result)
			  WHERE (o:Institute OR o:Enterprise)
			    AND r.needsPilot = true AND r.maturity IN $waitingMaturities
			  WITH DISTINCT r ORDER BY r.name, r.id
			  RETURN collect(r) AS waitingResults,
			         // r is null (and must not count) in a district without any waiting result
			         count(CASE WHEN r IS NOT NULL AND NOT EXISTS {
			           (r)-[:APPLIES_TO]->(:ChainLink)<-[:COVERS]-(:TestBase {status: $operating})
			         } THEN 1 END) AS waitingResultsWithoutBase
			}
			RETURN d.code AS code, d.name AS name,
			       [b IN operatingBases | b {.*, embedding: null, labels: labels(b)}] AS operatingBases,
			       [b IN plannedBases | b {.*, embedding: null, labels: labels(b)}] AS plannedBases,
			       [l IN coveredLinks | l {.*, embedding: null, labels: labels(l)}] AS coveredLinks,
			       [r IN waitingResults | r {.*, embedding: null, labels: labels(r)}] AS waitingResults,
			       waitingResultsWithoutBase
			ORDER BY d.code
			""";

	/** What {@link #DISTRICT_COVERAGE} reads: bases and result owners by district, covered links, waiting results. */
	static final CoverageInputs DISTRICT_COVERAGE_READS = new CoverageInputs(
			EnumSet.of(EntityKind.TEST_BASE, EntityKind.CHAIN_LINK, EntityKind.RESULT, EntityKind.INSTITUTE,
					EntityKind.ENTERPRISE),
			EnumSet.of(Relation.LOCATED_IN, Relation.COVERS, Relation.OWNED_BY, Relation.APPLIES_TO));

	private static final String WAITING_FILTER = """
			r.needsPilot = true AND r.maturity IN $maturities
			  AND ($chainId IS NULL
			    OR EXISTS { (r)-[:APPLIES_TO]->(:ChainLink)-[:PART_OF]->(:IndustryChain {id: $chainId}) })
			  AND ($linkId IS NULL OR EXISTS { (r)-[:APPLIES_TO]->(:ChainLink {id: $linkId}) })
			  AND (($districtCode IS NULL AND $ownerLabel IS NULL) OR EXISTS {
			    MATCH (r)-[:OWNED_BY]->(o)
			    WHERE ($ownerLabel IS NULL OR $ownerLabel IN labels(o))
			      AND ($districtCode IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:District {code: $districtCode}) })
			  })
			  AND ($hasCandidateBase IS NULL OR $hasCandidateBase = EXISTS {
			    (r)-[:APPLIES_TO]->(:ChainLink)<-[:COVERS]-(:TestBase {status: $operating})
			  })""";

	/**
	 * One page of waiting results and the size of the whole list in one pass over the filtered results;
	 * links and candidate bases only for the page's rows.
	 */
	static final String WAITING_RESULTS = """
			MATCH (r:Result)
			WHERE %s
			WITH r ORDER BY r.publishedOn, r.name, r.id
			WITH collect(r) AS waiting
			WITH waiting, waiting[$offset..$offset + $limit] AS slice
			// one null row for an empty page, so that the statement still answers the total
			UNWIND (CASE WHEN size(slice) = 0 THEN [null] ELSE slice END) AS r
			CALL (r) {
			  OPTIONAL MATCH (r)-[:APPLIES_TO]->(l:ChainLink)
			  WITH DISTINCT l ORDER BY l.name, l.id
			  RETURN collect(l {.*, embedding: null, labels: labels(l)}) AS links
			}
			CALL (r) {
			  OPTIONAL MATCH (r)-[:APPLIES_TO]->(:ChainLink)<-[:COVERS]-(b:TestBase {status: $operating})
			  WITH DISTINCT b ORDER BY coalesce(b.openToPublic, false) DESC, b.name, b.id
			  RETURN collect(b {.*, embedding: null, labels: labels(b)}) AS candidates
			}
			RETURN size(waiting) AS totalCount,
			       collect(CASE WHEN r IS NOT NULL THEN {result: r {.*, embedding: null, labels: labels(r)}, links: links,
			                                             candidates: candidates} END) AS page
			""".formatted(WAITING_FILTER);

	/**
	 * Per base and year: pilots (by pilot year), services (by service year) and contracts that followed a
	 * pilot at the base (by contract year), as three branches summed per year. A contract counts once even
	 * when the base piloted its result more than once before it.
	 */
	static final String BASE_PERFORMANCE = """
			MATCH (b:TestBase)
			WHERE ($baseId IS NULL OR b.id = $baseId)
			  AND ($districtCode IS NULL OR EXISTS { (b)-[:LOCATED_IN]->(:District {code: $districtCode}) })
			  AND ($status IS NULL OR b.status IN $status)
			CALL (b) {
			  MATCH (b)-[p:PILOTED]->(r:Result)
			  WHERE p.year IS NOT NULL AND ($fromYear IS NULL OR p.year >= $fromYear) AND ($toYear IS NULL OR p.year <= $toYear)
			  RETURN p.year AS year, count(DISTINCT r) AS piloted, 0 AS served, 0 AS projects, 0 AS contracts,
			         0.0 AS amount
			  UNION ALL
			  MATCH (b)-[s:SERVED]->(e:Enterprise)
			  WHERE s.year IS NOT NULL AND ($fromYear IS NULL OR s.year >= $fromYear) AND ($toYear IS NULL OR s.year <= $toYear)
			  RETURN s.year AS year, 0 AS piloted, count(DISTINCT e) AS served, sum(coalesce(s.projects, 0)) AS projects,
			         0 AS contracts, 0.0 AS amount
			  UNION ALL
			  MATCH (b)-[p:PILOTED]->(:Result)-[t:TRANSFERRED_TO]->(:Enterprise)
			  WHERE t.year >= p.year AND ($fromYear IS NULL OR t.year >= $fromYear) AND ($toYear IS NULL OR t.year <= $toYear)
			  WITH DISTINCT t
			  RETURN t.year AS year, 0 AS piloted, 0 AS served, 0 AS projects, count(t) AS contracts,
			         sum(coalesce(t.amount, 0.0)) AS amount
			}
			WITH b, year, sum(piloted) AS piloted, sum(served) AS served, sum(projects) AS projects,
			     sum(contracts) AS contracts, sum(amount) AS amount
			WITH b, year, piloted, served, projects, contracts, amount,
			     CASE $sortField
			       WHEN 'BASE' THEN b.name
			       WHEN 'YEAR' THEN year
			       WHEN 'RESULTS_PILOTED' THEN piloted
			       WHEN 'ENTERPRISES_SERVED' THEN served
			       WHEN 'CONTRACTS' THEN contracts
			       WHEN 'CONTRACT_AMOUNT' THEN amount
			     END AS sortKey
			ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
			         CASE WHEN $descending THEN sortKey END DESC,
			         b.name, b.id, year
			WITH collect({base: b, year: year, piloted: piloted, served: served, projects: projects,
			              contracts: contracts, amount: amount}) AS rows
			// the bases of the page's rows only are read as entities
			RETURN size(rows) AS totalCount,
			       [row IN rows[$offset..$offset + $limit] | row {.*, base: [b IN [row.base] | b {.*, embedding: null, labels: labels(b)}][0]}] AS page
			""";

	/**
	 * Group-by over entities of the chosen kinds: each dimension's fragment (from {@link BreakdownDimension},
	 * never from the request) yields the entity's list of {value, label} keys; an empty list becomes one
	 * null key so that entities without a value still count.
	 */
	static final String BREAKDOWN = """
			CALL () {
			  UNWIND $kindLabels AS kindLabel
			  MATCH (n:$(kindLabel))
			  RETURN count(n) AS total
			}
			CALL () {
			  UNWIND $kindLabels AS kindLabel
			  MATCH (n:$(kindLabel))
			  WITH n, %1$s AS firstKeys, %2$s AS secondKeys
			  UNWIND CASE WHEN size(firstKeys) = 0 THEN [null] ELSE firstKeys END AS firstKey
			  UNWIND CASE WHEN size(secondKeys) = 0 THEN [null] ELSE secondKeys END AS secondKey
			  WITH firstKey, secondKey, count(DISTINCT n) AS count
			  ORDER BY firstKey.value, secondKey.value
			  RETURN collect({first: firstKey, second: secondKey, count: count}) AS groups
			}
			RETURN total, groups
			""";

	/**
	 * Both bounds are always bound (open ends as the extreme integers), so the planner can seek the range
	 * index on TRANSFERRED_TO.year instead of expanding every enterprise's contracts.
	 */
	static final String CONTRACT_TURNOVER = """
			MATCH ()-[t:TRANSFERRED_TO]->()
			WHERE t.year >= $fromYear AND t.year <= $toYear
			  AND ($sources IS NULL OR coalesce(t.source, 'IMPORT') IN $sources)
			RETURN t.year AS year, count(t) AS contracts, sum(coalesce(t.amount, 0.0)) AS amount
			ORDER BY year
			""";

	static final String ECOSYSTEM_SUMMARY = """
			CALL () {
			  UNWIND $kindLabels AS kindLabel
			  CALL (kindLabel) {
			    MATCH (n:$(kindLabel))
			    RETURN count(n) AS count
			  }
			  RETURN collect({label: kindLabel, count: count}) AS counts
			}
			CALL () {
			  MATCH (b:TestBase)
			  RETURN count(CASE WHEN b.status = $operating THEN 1 END) AS operatingBases,
			         count(CASE WHEN b.status = $operating AND b.openToPublic = true THEN 1 END) AS openOperatingBases,
			         count(CASE WHEN b.status IN $plannedStatuses THEN 1 END) AS plannedBases
			}
			CALL () {
			  MATCH (l:ChainLink)
			  RETURN count(l) AS links,
			         count(CASE WHEN EXISTS { (l)<-[:COVERS]-(:TestBase {status: $operating}) } THEN 1 END) AS coveredLinks
			}
			CALL () {
			  MATCH (r:Result)
			  WHERE r.needsPilot = true AND r.maturity IN $waitingMaturities
			  RETURN count(r) AS waiting,
			         count(CASE WHEN EXISTS {
			           (r)-[:APPLIES_TO]->(:ChainLink)<-[:COVERS]-(:TestBase {status: $operating})
			         } THEN 1 END) AS waitingWithCandidate
			}
			CALL () {
			  MATCH (d:District)
			  RETURN count(d) AS districts,
			         count(CASE WHEN EXISTS { (d)<-[:LOCATED_IN]-(:TestBase {status: $operating}) } THEN 1 END) AS districtsWithBase
			}
			CALL () {
			  MATCH (:TestBase)-[:PILOTED]->(r:Result)
			  WITH DISTINCT r
			  RETURN count(r) AS piloted,
			         count(CASE WHEN EXISTS {
			           MATCH (:TestBase)-[p:PILOTED]->(r)-[t:TRANSFERRED_TO]->(:Enterprise) WHERE t.year >= p.year
			         } THEN 1 END) AS pilotedThenTransferred
			}
			RETURN counts, operatingBases, openOperatingBases, plannedBases, links, coveredLinks, waiting,
			       waitingWithCandidate, districts, districtsWithBase, piloted, pilotedThenTransferred
			""";

}
