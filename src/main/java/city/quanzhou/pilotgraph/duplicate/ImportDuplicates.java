package city.quanzhou.pilotgraph.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.ingest.ImportDuplicateCheck;

/**
 * The likely duplicates of the entities an import created, judged as a create's are ({@link DuplicateService}):
 * candidates found through the full-text index by name, then scored by name and district (the new entities
 * are not embedded yet). All the entities of a call are looked up in one statement.
 */
@Component
class ImportDuplicates implements ImportDuplicateCheck {

	/** Candidates per new entity taken from the index: the best by words, before they are scored. */
	private static final int CANDIDATES = 10;

	private static final String SIMILAR_BY_NAME = """
			UNWIND $rows AS row
			CALL db.index.fulltext.queryNodes('entity_text', row.query, {limit: $candidates}) YIELD node AS n
			WITH row, n WHERE $label IN labels(n) AND n.id <> row.id
			OPTIONAL MATCH (n)-[:LOCATED_IN]->(d:District)
			RETURN row.id AS ownId, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, d.code AS district
			""";

	private final Neo4jClient neo4j;

	ImportDuplicates(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	private record Candidate(String ownId, String id, List<String> names, String district) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Found> likelyDuplicates(EntityKind kind, List<NewEntity> entities) {
		Map<String, NewEntity> byId = new java.util.HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (NewEntity entity : entities) {
			String query = NameSimilarity.normalise(entity.name());
			if (!query.isEmpty()) {
				byId.put(entity.id(), entity);
				rows.add(Map.of("id", entity.id(), "query", NameSimilarity.nameQuery(query)));
			}
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Found> found = new ArrayList<>();
		this.neo4j.query(SIMILAR_BY_NAME)
			.bindAll(Map.of("rows", rows, "label", kind.label(), "candidates", CANDIDATES))
			.fetchAs(Candidate.class)
			.mappedBy((types, row) -> new Candidate(row.get("ownId").asString(), row.get("id").asString(),
					row.get("names").asList((value) -> value.asString()), row.get("district").asString(null)))
			.all()
			.forEach((candidate) -> {
				NewEntity own = byId.get(candidate.ownId());
				Found duplicate = judge(own, candidate);
				if (duplicate != null) {
					found.add(duplicate);
				}
			});
		return found;
	}

	/** The candidate as a likely duplicate of {@code own}, or null when it is not alike enough. */
	private static Found judge(NewEntity own, Candidate candidate) {
		List<String> ownNames = new ArrayList<>();
		ownNames.add(own.name());
		ownNames.addAll(own.aliases());
		double best = 0;
		String names = "";
		for (String x : ownNames) {
			for (String y : candidate.names()) {
				double similarity = NameSimilarity.of(x, y);
				if (similarity > best) {
					best = similarity;
					names = x + " ≈ " + y;
				}
			}
		}
		boolean sameDistrict = own.districtCode() != null && own.districtCode().equals(candidate.district());
		double score = DuplicateService.score(best, null, sameDistrict);
		if (best < DuplicateService.NAME_FLOOR || score < DuplicateService.DEFAULT_MIN_SCORE) {
			return null;
		}
		String evidence = "names " + names + " alike " + DuplicateService.round(best) + (sameDistrict ? ", same district" : "");
		return new Found(own.id(), candidate.id(), candidate.names().getFirst(), DuplicateService.round(score), evidence);
	}

}
