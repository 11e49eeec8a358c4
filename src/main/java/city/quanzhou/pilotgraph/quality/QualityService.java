package city.quanzhou.pilotgraph.quality;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.ingest.DatasetFormat;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.NodeFile;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Counts the gaps of every kind in one pass over the entities (grouped by their kind's label), so the view
 * costs one scan whatever the number of kinds. Which kinds can lack a district, a description or a source
 * note comes from the dataset format, where each kind's fields are defined.
 */
@Service
public class QualityService {

	static final int MAX_STALE_DAYS = 36_500;

	private static final String GAPS = """
			MATCH (n:Entity)
			WITH [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n
			RETURN label, count(n) AS total,
			       count(CASE WHEN NOT EXISTS { (n)-[:LOCATED_IN]->(:District) } THEN 1 END) AS withoutDistrict,
			       count(CASE WHEN n.description IS NULL OR trim(n.description) = '' THEN 1 END) AS withoutDescription,
			       count(CASE WHEN n.sourceNote IS NULL OR trim(n.sourceNote) = '' THEN 1 END) AS withoutSourceNote,
			       count(CASE WHEN NOT EXISTS { (n)--(:Entity) } THEN 1 END) AS withoutTies,
			       count(CASE WHEN n.updatedAt IS NULL OR n.updatedAt < $staleBefore THEN 1 END) AS stale
			""";

	private final Neo4jClient neo4j;

	private final QualityProperties properties;

	QualityService(Neo4jClient neo4j, QualityProperties properties) {
		this.neo4j = neo4j;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public DataQuality dataQuality(Integer staleAfterDays) {
		if (staleAfterDays != null && (staleAfterDays < 1 || staleAfterDays > MAX_STALE_DAYS)) {
			throw new InvalidArgumentException("staleAfterDays", "must be between 1 and " + MAX_STALE_DAYS);
		}
		Duration staleAfter = (staleAfterDays != null) ? Duration.ofDays(staleAfterDays) : this.properties.staleAfter();
		ZonedDateTime staleBefore = ZonedDateTime.now().minus(staleAfter);
		Map<String, Map<String, Object>> byLabel = new HashMap<>();
		this.neo4j.query(GAPS)
			.bind(staleBefore).to("staleBefore")
			.fetch()
			.all()
			.forEach((row) -> byLabel.put((String) row.get("label"), row));
		long pending = this.neo4j.query("MATCH (p:Proposal {status: 'PENDING'}) RETURN count(p) AS pending")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		List<KindQuality> kinds = Arrays.stream(EntityKind.values())
			.map((kind) -> kindQuality(kind, byLabel.getOrDefault(kind.label(), Map.of())))
			.toList();
		return new DataQuality(kinds, pending, staleBefore);
	}

	private static KindQuality kindQuality(EntityKind kind, Map<String, Object> row) {
		NodeFile format = DatasetFormat.NODE_FILES.stream().filter((file) -> file.kind() == kind).findFirst().orElse(null);
		boolean district = format != null && format.references().stream().anyMatch((reference) -> reference.toDistrict());
		boolean description = format != null && format.columns().stream().anyMatch((c) -> c.name().equals("description"));
		boolean sourceNote = format != null && format.columns().stream().anyMatch((c) -> c.name().equals("sourceNote"));
		return new KindQuality(kind, number(row, "total"), district ? number(row, "withoutDistrict") : null,
				description ? number(row, "withoutDescription") : null, sourceNote ? number(row, "withoutSourceNote") : null,
				number(row, "withoutTies"), number(row, "stale"));
	}

	private static long number(Map<String, Object> row, String key) {
		return (row.get(key) instanceof Number value) ? value.longValue() : 0L;
	}

}
