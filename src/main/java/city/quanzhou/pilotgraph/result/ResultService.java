package city.quanzhou.pilotgraph.result;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.Page;

/**
 * Results seen from their owners: one page of each owner's results for many owners in one query.
 */
@Service
@Transactional(readOnly = true)
public class ResultService {

	/** One page of results per owner, newest first, for every key of a batch (the benchmark runs this same text directly). */
	static final String OWNED_RESULTS = """
			UNWIND $keys AS key
			OPTIONAL MATCH (:Entity {id: key.ownerId})<-[:OWNED_BY]-(r:Result)
			WITH key, r ORDER BY r.publishedOn DESC, r.id
			WITH key, collect(r) AS results
			RETURN key.handle AS handle, size(results) AS totalCount,
			       [r IN results[key.offset..key.offset + key.limit] | r {.*, embedding: null, labels: labels(r)}] AS page
			""";

	private final Neo4jClient neo4j;

	ResultService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Newest results first, one page per owner, all owners in one round trip. */
	@SuppressWarnings("unchecked")
	public Map<OwnedResultsKey, Connection<Result>> ownedResults(Set<OwnedResultsKey> keys) {
		Map<String, OwnedResultsKey> byKey = new HashMap<>();
		List<Map<String, Object>> rows = keys.stream().map((key) -> {
			String handle = key.ownerId() + "@" + key.page().offset() + "+" + key.page().limit();
			byKey.put(handle, key);
			return Map.<String, Object>of("handle", handle, "ownerId", key.ownerId(), "offset", key.page().offset(),
					"limit", key.page().limit());
		}).toList();
		Map<OwnedResultsKey, Connection<Result>> pages = new HashMap<>();
		this.neo4j.query(OWNED_RESULTS)
			.bind(rows).to("keys")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> {
				OwnedResultsKey key = byKey.get(row.get("handle").asString());
				List<Result> nodes = row.get("page").asList((value) -> (Result) Entities.fromProjection(value));
				return Map.entry(key, Connection.of(nodes, key.page(), row.get("totalCount").asInt()));
			})
			.all()
			.forEach((entry) -> pages.put((OwnedResultsKey) entry.getKey(), (Connection<Result>) entry.getValue()));
		return pages;
	}

	/** Which owner's results, and which page of them. */
	public record OwnedResultsKey(String ownerId, Page page) {
	}

}
