package city.quanzhou.pilotgraph.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Cypher behind {@link EntityService}. Relationship types are parameters ({@code $(...)}); a list's label is
 * written into its statement, so that the planner can use the kind's indexes. Both are always taken from
 * {@link EntityKind} or {@link Relation}, never from request text.
 */
final class EntityQueries {

	private EntityQueries() {
	}

	/**
	 * What reads return for an entity: its properties and labels, without the embedding, which is only
	 * needed inside the database and would otherwise travel with every entity (512 floats).
	 */
	static final String PROJECTION = "n {.*, embedding: null, labels: labels(n)}";

	/**
	 * The conditions of the list filters, each under the parameter it reads. A statement carries only the
	 * conditions whose parameter the request sets: a generic "{@code $x IS NULL OR ...}" for every filter made
	 * the planner keep a semi-apply per relationship filter on every row and cost 7× the time of the plain scan
	 * for the first page of 1,500 bases (docs/benchmarks.md). The texts are fixed; which of them are used
	 * depends only on which parameters are set, so the plan cache holds one plan per combination in use.
	 */
	private static final Map<String, String> FILTERS = filters();

	/** The property each sort field sorts on; the field was checked against the kind's sort fields. */
	private static final Map<String, String> SORT_PROPERTIES = Map.of("NAME", "name", "PUBLISHED_ON", "publishedOn",
			"ESTABLISHED_YEAR", "establishedYear", "YEAR", "year", "UPDATED_AT", "updatedAt");

	private static Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("text", """
				(toLower(n.name) CONTAINS toLower($text)
				     OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS toLower($text)))""");
		filters.put("district", """
				(EXISTS { (n)-[:LOCATED_IN]->(d:District) WHERE d.code = $district OR d.name = $district }
				     OR EXISTS { (n)-[:OWNED_BY]->()-[:LOCATED_IN]->(d:District) WHERE d.code = $district OR d.name = $district })""");
		filters.put("chainId", """
				(EXISTS { (n)-[:APPLIES_TO|COVERS|ACTIVE_IN|ON_LINK]->(:ChainLink)-[:PART_OF]->(:IndustryChain {id: $chainId}) }
				     OR EXISTS { (n)-[:PART_OF]->(:IndustryChain {id: $chainId}) })""");
		filters.put("linkId", "EXISTS { (n)-[:APPLIES_TO|COVERS|ACTIVE_IN|ON_LINK]->(:ChainLink {id: $linkId}) }");
		filters.put("status", "n.status IN $status");
		filters.put("services", "any(service IN coalesce(n.services, []) WHERE service IN $services)");
		filters.put("openToPublic", "n.openToPublic = $openToPublic");
		filters.put("maturity", "n.maturity IN $maturity");
		filters.put("needsPilot", "n.needsPilot = $needsPilot");
		filters.put("ownerId", "EXISTS { (n)-[:OWNED_BY]->(:Entity {id: $ownerId}) }");
		filters.put("category", "n.category = $category");
		filters.put("level", "n.level = $level");
		filters.put("inCity", "n.inCity = $inCity");
		filters.put("lead", "n.lead = $lead");
		filters.put("challengeList", "n.challengeList = $challengeList");
		filters.put("stage", "n.stage = $stage");
		filters.put("agencyId", "EXISTS { (n)-[:WORKS_FOR]->(:Entity {id: $agencyId}) }");
		filters.put("recognition", "n.recognition = $recognition");
		return Collections.unmodifiableMap(filters);
	}

	/**
	 * The entities of the kind matching the set filters (and {@code alsoRequired}, when given); what follows reads
	 * {@code n}. The kind's label is written into the statement, not passed as {@code $($label)}: the planner can
	 * use an index of a label only when it knows the label.
	 */
	private static String matching(EntityKind kind, Map<String, Object> parameters, String alsoRequired) {
		Stream<String> set = FILTERS.entrySet()
			.stream()
			.filter((filter) -> parameters.get(filter.getKey()) != null)
			.map(Map.Entry::getValue);
		String conditions = Stream.concat(set, Stream.ofNullable(alsoRequired)).collect(Collectors.joining("\n  AND "));
		return "MATCH (n:" + kind.label() + ")\n" + (conditions.isEmpty() ? "" : "WHERE " + conditions + "\n");
	}

	/**
	 * The entities of one page in order: by the sort property, then by id so that pages never overlap. Every
	 * entity has a name ({@code Entity.name: String!}); saying so lets the planner read the kind's name index in
	 * order and stop after the page (a partial sort), instead of reading and sorting every entity of the kind:
	 * the first 20 of 1,500 test bases at M, 868 db hits instead of 5,323 (docs/benchmarks.md, "Sixth round").
	 * The other sort properties may be missing, and an index holds no entity that lacks its property, so those
	 * lists still sort all.
	 */
	private static String orderedPage(EntityKind kind, Map<String, Object> parameters, EntityOrder order) {
		String property = SORT_PROPERTIES.get(order.field());
		if (property == null) {
			throw new IllegalArgumentException("no sort property for " + order.field());
		}
		return matching(kind, parameters, "name".equals(property) ? "n.name IS NOT NULL" : null) + """
				WITH n
				ORDER BY n.%s %s, n.id
				SKIP $offset LIMIT $limit
				""".formatted(property, order.descending() ? "DESC" : "ASC");
	}

	/**
	 * One page of a list, one row per entity, the neighbours asked for read along; the caller asks for one
	 * more than the page holds to know whether another page follows. For a request without totalCount.
	 */
	static String page(EntityKind kind, Map<String, Object> parameters, EntityOrder order, EntityProjection projection) {
		return orderedPage(kind, parameters, order) + "RETURN " + projection.cypher("n") + " AS n";
	}

	/** One page of a list and the size of the whole list, in one round trip. */
	static String countedPage(EntityKind kind, Map<String, Object> parameters, EntityOrder order,
			EntityProjection projection) {
		return "CALL () {\n" + matching(kind, parameters, null) + "RETURN count(n) AS totalCount\n}\nCALL () {\n"
				+ orderedPage(kind, parameters, order) + "RETURN collect(" + projection.cypher("n") + """
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

	/**
	 * As {@link #OUTGOING} and {@link #INCOMING}, keeping only ties of the sources in {@code $sources} (a tie
	 * without a source reads as IMPORT, see {@link TieSource#of}).
	 */
	static final String OUTGOING_OF_SOURCES = """
			UNWIND $ids AS parent
			MATCH (:Entity {id: parent})-[tie:$($type)]->(n:Entity)
			WHERE coalesce(tie.source, 'IMPORT') IN $sources
			RETURN parent, n {.*, embedding: null, labels: labels(n)} AS n, properties(tie) AS tie
			ORDER BY n.name, n.id
			""";

	static final String INCOMING_OF_SOURCES = """
			UNWIND $ids AS parent
			MATCH (:Entity {id: parent})<-[tie:$($type)]-(n:Entity)
			WHERE coalesce(tie.source, 'IMPORT') IN $sources
			RETURN parent, n {.*, embedding: null, labels: labels(n)} AS n, properties(tie) AS tie
			ORDER BY n.name, n.id
			""";

}
