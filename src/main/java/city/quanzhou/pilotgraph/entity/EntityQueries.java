package city.quanzhou.pilotgraph.entity;

/**
 * The Cypher behind {@link EntityService}. Labels and relationship types are parameters ({@code $(...)}),
 * always taken from {@link EntityKind} or {@link Relation}, never from request text.
 */
final class EntityQueries {

	private EntityQueries() {
	}

	/**
	 * What reads return for an entity: its properties and labels, without the embedding, which is only
	 * needed inside the database and would otherwise travel with every entity (512 floats).
	 */
	static final String PROJECTION = "n {.*, embedding: null, labels: labels(n)}";

	/** Every filter is "{@code $x IS NULL OR ...}" so that one statement serves every combination of filters. */
	private static final String FILTER = """
			($text IS NULL
			     OR toLower(n.name) CONTAINS toLower($text)
			     OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS toLower($text)))
			  AND ($district IS NULL
			     OR EXISTS { (n)-[:LOCATED_IN]->(d:District) WHERE d.code = $district OR d.name = $district }
			     OR EXISTS { (n)-[:OWNED_BY]->()-[:LOCATED_IN]->(d:District) WHERE d.code = $district OR d.name = $district })
			  AND ($chainId IS NULL
			     OR EXISTS { (n)-[:APPLIES_TO|COVERS|ACTIVE_IN|ON_LINK]->(:ChainLink)-[:PART_OF]->(:IndustryChain {id: $chainId}) }
			     OR EXISTS { (n)-[:PART_OF]->(:IndustryChain {id: $chainId}) })
			  AND ($linkId IS NULL OR EXISTS { (n)-[:APPLIES_TO|COVERS|ACTIVE_IN|ON_LINK]->(:ChainLink {id: $linkId}) })
			  AND ($status IS NULL OR n.status IN $status)
			  AND ($services IS NULL OR any(service IN coalesce(n.services, []) WHERE service IN $services))
			  AND ($openToPublic IS NULL OR n.openToPublic = $openToPublic)
			  AND ($maturity IS NULL OR n.maturity IN $maturity)
			  AND ($needsPilot IS NULL OR n.needsPilot = $needsPilot)
			  AND ($ownerId IS NULL OR EXISTS { (n)-[:OWNED_BY]->(:Entity {id: $ownerId}) })
			  AND ($category IS NULL OR n.category = $category)
			  AND ($level IS NULL OR n.level = $level)
			  AND ($inCity IS NULL OR n.inCity = $inCity)
			  AND ($lead IS NULL OR n.lead = $lead)
			  AND ($challengeList IS NULL OR n.challengeList = $challengeList)
			  AND ($stage IS NULL OR n.stage = $stage)
			  AND ($agencyId IS NULL OR EXISTS { (n)-[:WORKS_FOR]->(:Entity {id: $agencyId}) })
			  AND ($recognition IS NULL OR n.recognition = $recognition)""";

	/** The entities of one page in order; what follows is the projection of {@code n}. */
	private static final String ORDERED_PAGE = """
			MATCH (n:$($label))
			WHERE %s
			WITH n, CASE $sortField
			    WHEN 'NAME' THEN n.name
			    WHEN 'PUBLISHED_ON' THEN n.publishedOn
			    WHEN 'ESTABLISHED_YEAR' THEN n.establishedYear
			    WHEN 'YEAR' THEN n.year
			    WHEN 'UPDATED_AT' THEN n.updatedAt
			  END AS sortKey
			ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
			         CASE WHEN $descending THEN sortKey END DESC,
			         n.id
			SKIP $offset LIMIT $limit
			""".formatted(FILTER);

	/**
	 * One page of a list, one row per entity, the neighbours asked for read along; the caller asks for one
	 * more than the page holds to know whether another page follows. For a request without totalCount.
	 */
	static String page(EntityProjection projection) {
		return ORDERED_PAGE + "RETURN " + projection.cypher("n") + " AS n";
	}

	/** One page of a list and the size of the whole list, in one round trip. */
	static String countedPage(EntityProjection projection) {
		return """
				CALL () {
				  MATCH (n:$($label))
				  WHERE %s
				  RETURN count(n) AS totalCount
				}
				CALL () {
				""".formatted(FILTER) + ORDERED_PAGE + "RETURN collect(" + projection.cypher("n") + """
				) AS page
				}
				RETURN totalCount, page
				""";
	}

	static String byId(EntityProjection projection) {
		return "MATCH (n:Entity {id: $id}) RETURN " + projection.cypher("n") + " AS n";
	}

	static final String ALL_BY_ID = "MATCH (n:Entity) WHERE n.id IN $ids RETURN " + PROJECTION + " AS n";

	/** The district of each entity that is located in one. */
	static final String DISTRICTS = """
			MATCH (n:Entity)-[:LOCATED_IN]->(d:District)
			WHERE n.id IN $ids
			RETURN n.id AS id, d.code AS code, d.name AS name
			""";

	static final String OUTGOING = """
			UNWIND $ids AS parent
			MATCH (:Entity {id: parent})-[tie:$($type)]->(n:Entity)
			RETURN parent, n {.*, embedding: null, labels: labels(n)} AS n, properties(tie) AS tie
			ORDER BY n.name, n.id
			""";

	static final String INCOMING = """
			UNWIND $ids AS parent
			MATCH (:Entity {id: parent})<-[tie:$($type)]-(n:Entity)
			RETURN parent, n {.*, embedding: null, labels: labels(n)} AS n, properties(tie) AS tie
			ORDER BY n.name, n.id
			""";

}
