package city.quanzhou.pilotgraph.result;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.entity.Page;

/**
 * Results seen from their owners: one page of each owner's results for many owners in one query.
 */
@Service
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

	private final GraphReads reads;

	ResultService(GraphReads reads) {
		this.reads = reads;
	}

	/** Newest results first, one page per owner, all owners in one round trip. */
	public Map<OwnedResultsKey, Connection<Result>> ownedResults(Set<OwnedResultsKey> keys) {
		Map<String, OwnedResultsKey> byKey = new HashMap<>();
		List<Map<String, Object>> rows = keys.stream().map((key) -> {
			String handle = key.ownerId() + "@" + key.page().offset() + "+" + key.page().limit();
			byKey.put(handle, key);
			return Map.<String, Object>of("handle", handle, "ownerId", key.ownerId(), "offset", key.page().offset(),
					"limit", key.page().limit());
		}).toList();
		Map<OwnedResultsKey, Connection<Result>> pages = new HashMap<>();
		this.reads.list(OWNED_RESULTS, Map.of("keys", rows), (row) -> {
			OwnedResultsKey key = byKey.get(row.get("handle").asString());
			List<Result> nodes = row.get("page").asList((value) -> (Result) Entities.fromProjection(value));
			return Map.entry(key, Connection.of(nodes, key.page(), row.get("totalCount").asInt()));
		}).forEach((entry) -> pages.put(entry.getKey(), entry.getValue()));
		return pages;
	}

	/** Which owner's results, and which page of them. */
	public record OwnedResultsKey(String ownerId, Page page) {
	}

}
