package city.quanzhou.pilotgraph.matching;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pairs statement reads the result's ties once and lets each base check its own; these are the facts the
 * plain formulation finds, walking from the result to each base, for every result of the seed data.
 */
class MatchingPairsTests extends SeededGraphTest {

	/** The facts read the plain way: every pattern from the result to the base, for every base. */
	private static final String PLAIN = """
			MATCH (r:Result)
			MATCH (b:TestBase) WHERE b.status <> 'SUSPENDED'
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
			WITH r, b, coveredLinks, sharedChains, sameDistrict, samePark, runByOwner,
			     CASE WHEN r.embedding IS NULL OR b.embedding IS NULL THEN null
			          ELSE 2 * vector.similarity.cosine(r.embedding, b.embedding) - 1 END AS similarity
			WHERE size(coveredLinks) > 0 OR size(sharedChains) > 0 OR similarity >= $closeMeaning
			RETURN r.id AS result, b.id AS base, coveredLinks, sharedChains, sameDistrict, samePark, runByOwner, similarity
			""";

	@Test
	void shouldFindTheFactsOfEveryFittingPairThatThePlainFormulationFinds() {
		try (Session session = this.neo4j.session()) {
			List<String> results = session.run("MATCH (r:Result) RETURN r.id AS id ORDER BY id").list((row) -> row.get("id").asString());
			long bases = session.run("MATCH (b:TestBase) WHERE b.status <> 'SUSPENDED' RETURN count(b) AS n").single().get("n").asLong();
			List<String> plain = session.run(PLAIN, Map.of("closeMeaning", MatchingService.CLOSE_MEANING))
				.list(MatchingPairsTests::facts);
			Map<String, Object> parameters = new TreeMap<>(Map.of("resultIds", results, "closeMeaning", MatchingService.CLOSE_MEANING));
			parameters.put("baseIds", null);
			List<Record> rows = session.run(MatchingQueries.PAIRS, parameters).list();
			List<String> weighed = rows.stream().filter((row) -> !row.get("b").isNull()).map(MatchingPairsTests::facts).toList();
			assertThat(plain).hasSizeGreaterThan(results.size());
			assertThat(weighed).containsExactlyInAnyOrderElementsOf(plain);
			// every result is answered, with the number of bases weighed for it
			assertThat(rows.stream().map((row) -> row.get("r").get("id").asString()).distinct()).hasSameSizeAs(results);
			assertThat(rows).allSatisfy((row) -> assertThat(row.get("candidates").asLong()).isEqualTo(bases));
		}
	}

	/**
	 * The facts a score is made of. Shared chains count only where the base covers none of the result's links, and
	 * only there do the two agree: the plain pattern cannot use one link's PART_OF tie twice, so it finds no shared
	 * chain through the very link the base covers.
	 */
	private static String facts(Record row) {
		String result = row.containsKey("result") ? row.get("result").asString() : row.get("r").get("id").asString();
		String base = row.containsKey("base") ? row.get("base").asString() : row.get("b").get("id").asString();
		List<Object> covered = row.get("coveredLinks").asList().stream().sorted().toList();
		String shared = covered.isEmpty() ? row.get("sharedChains").asList().stream().sorted().toList().toString() : "(covers)";
		return String.join(" | ", result, base, covered.toString(), shared, row.get("sameDistrict").toString(),
				row.get("samePark").toString(), row.get("runByOwner").toString(),
				row.get("similarity").isNull() ? "null" : "%.6f".formatted(row.get("similarity").asDouble()));
	}

}
