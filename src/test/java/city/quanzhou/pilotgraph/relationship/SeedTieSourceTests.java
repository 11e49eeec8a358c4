package city.quanzhou.pilotgraph.relationship;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;

import city.quanzhou.pilotgraph.SeededGraphTest;
import city.quanzhou.pilotgraph.entity.TieSource;
import city.quanzhou.pilotgraph.ingest.DatasetFormat;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.TieFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's ties say where they come from: the few that documents and public pages support are marked so,
 * the filler SYNTHETIC; the API shows each tie's source and answers "published facts only" for ties and for
 * coverage, which then differs from the coverage of every tie.
 */
class SeedTieSourceTests extends SeededGraphTest {

	private static final List<String> PUBLISHED = TieSource.PUBLISHED.stream().map(Enum::name).toList();

	@Test
	void shouldMarkEverySeedTieWithTheSourceItsFileGives() throws IOException {
		for (TieFile file : DatasetFormat.TIE_FILES) {
			Map<String, Long> expected = new HashMap<>();
			for (CSVRecord record : records(file.file())) {
				expected.merge(record.get("source"), 1L, Long::sum);
			}
			assertThat(sourcesInGraph(file.relation().name())).as(file.file()).isEqualTo(expected);
		}
		assertThat(count("MATCH (:Entity)-[r]->() WHERE r.source IS NULL RETURN count(r)"))
			.as("no tie without a source").isZero();
		assertThat(count("MATCH (:TestBase)-[r:COVERS {source: 'SYNTHETIC'}]->() RETURN count(r)")).isPositive();
		assertThat(count("""
				MATCH (:TestBase {id: 'base-waterless-dyeing'})-[r:LOCATED_IN {source: 'SOURCE_DOCUMENT'}]->(:District)
				RETURN count(r)""")).as("a reference has its entity's source").isEqualTo(1);
		assertThat(count("MATCH (:TestBase {id: 'base-0011'})-[r:LOCATED_IN {source: 'SYNTHETIC'}]->() RETURN count(r)"))
			.isEqualTo(1);
	}

	@Test
	void shouldShowATiesSourceAndKeepOnlyPublishedTiesWhenAsked() {
		var response = this.graphQl.documentName("tieSources")
			.variable("id", "base-waterless-dyeing")
			.variable("sources", PUBLISHED)
			.execute();
		String dyeingPilot = "entity.piloted[?(@.result.id == 'res-waterless-dyeing')]";
		response.path(dyeingPilot + ".source").entityList(String.class).containsExactly("PUBLIC");
		response.path(dyeingPilot + ".sourceNote").entityList(String.class)
			.satisfies((notes) -> assertThat(notes).singleElement().asString().contains("中纺学石狮产业研究院"));
		response.path("entity.piloted[*].source").entityList(String.class).isEqualTo(strings("""
				MATCH (:TestBase {id: 'base-waterless-dyeing'})-[r:PILOTED]->(res)
				RETURN r.source AS id ORDER BY res.name, res.id"""));
		response.path("entity.publishedPiloted[*].result.id").entityList(String.class).isEqualTo(strings("""
				MATCH (:TestBase {id: 'base-waterless-dyeing'})-[r:PILOTED]->(res)
				WHERE r.source IN ['SOURCE_DOCUMENT', 'PUBLIC'] RETURN res.id AS id ORDER BY res.name, res.id"""));
		List<String> published = strings("""
				MATCH (:TestBase {id: 'base-waterless-dyeing'})-[r:COVERS]->(l)
				WHERE r.source IN ['SOURCE_DOCUMENT', 'PUBLIC'] RETURN l.id AS id ORDER BY l.name, l.id""");
		List<String> all = strings("""
				MATCH (:TestBase {id: 'base-waterless-dyeing'})-[:COVERS]->(l) RETURN l.id AS id ORDER BY l.name, l.id""");
		assertThat(published).isNotEmpty();
		response.path("entity.publishedCovers[*].id").entityList(String.class).isEqualTo(published);
		response.path("entity.covers[*].id").entityList(String.class).isEqualTo(all);

		var synthetic = this.graphQl.documentName("tieSources")
			.variable("id", "base-0011")
			.variable("sources", PUBLISHED)
			.execute();
		synthetic.path("entity.covers").entityList(Object.class).hasSizeGreaterThan(0);
		synthetic.path("entity.publishedCovers").entityList(Object.class).hasSize(0);
		synthetic.path("entity.piloted[*].source").entityList(String.class)
			.satisfies((sources) -> assertThat(sources).isNotEmpty().containsOnly("SYNTHETIC"));
		synthetic.path("entity.publishedPiloted").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldCountOnlyPublishedCoverageWhenAskedAndDifferFromTheWholeCount() {
		var response = this.graphQl.documentName("publishedCoverage").variable("sources", PUBLISHED).execute();
		Map<String, Long> all = coveredLinksPerChain(null);
		Map<String, Long> published = coveredLinksPerChain(PUBLISHED);
		assertThat(published).isNotEqualTo(all);
		assertThat(published.values().stream().mapToLong(Long::longValue).sum())
			.isLessThan(all.values().stream().mapToLong(Long::longValue).sum())
			.isPositive();
		List<String> chains = response.path("all[*].chain.id").entityList(String.class).get();
		List<Long> allCounts = chains.stream().map(all::get).toList();
		List<Long> publishedCounts = chains.stream().map(published::get).toList();
		response.path("all[*].coveredLinkCount").entityList(Long.class).isEqualTo(allCounts);
		response.path("published[*].chain.id").entityList(String.class).isEqualTo(chains);
		response.path("published[*].coveredLinkCount").entityList(Long.class).isEqualTo(publishedCounts);

		long gaps = count("""
				MATCH (l:ChainLink) WHERE NOT EXISTS { (l)<-[:COVERS]-(:TestBase {status: 'OPERATING'}) }
				RETURN count(l)""");
		long publishedGaps = count("""
				MATCH (l:ChainLink)
				WHERE NOT EXISTS {
				  MATCH (l)<-[r:COVERS]-(:TestBase {status: 'OPERATING'}) WHERE r.source IN ['SOURCE_DOCUMENT', 'PUBLIC']
				}
				RETURN count(l)""");
		assertThat(publishedGaps).isGreaterThan(gaps);
		response.path("gaps").entityList(Object.class).hasSize((int) gaps);
		response.path("publishedGaps").entityList(Object.class).hasSize((int) publishedGaps);

		response.path("publishedTurnover[*].year").entityList(Long.class).isEqualTo(longs("""
				MATCH ()-[t:TRANSFERRED_TO]->() WHERE t.source IN ['SOURCE_DOCUMENT', 'PUBLIC']
				RETURN DISTINCT t.year AS n ORDER BY n"""));
		response.path("publishedTurnover[*].contractCount").entityList(Long.class).isEqualTo(longs("""
				MATCH ()-[t:TRANSFERRED_TO]->() WHERE t.source IN ['SOURCE_DOCUMENT', 'PUBLIC']
				RETURN count(t) AS n, t.year AS year ORDER BY year"""));
	}

	@Test
	void shouldRefuseAnEmptyListOfSourcesNamingTheArgument() {
		this.graphQl.documentName("publishedCoverage")
			.variable("sources", List.of())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getMessage()).contains("sources").contains("at least one source")));
	}

	/** Covered links per chain by an independent count: links an operating base covers by a tie of the sources. */
	private Map<String, Long> coveredLinksPerChain(List<String> sources) {
		Map<String, Long> counts = new HashMap<>();
		try (Session session = this.neo4j.session()) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("sources", sources);
			session.executeRead((tx) -> tx.run("""
					MATCH (c:IndustryChain)
					OPTIONAL MATCH (c)<-[:PART_OF]-(l:ChainLink)<-[r:COVERS]-(:TestBase {status: 'OPERATING'})
					WHERE $sources IS NULL OR r.source IN $sources
					RETURN c.id AS chain, count(DISTINCT l) AS covered
					""", parameters).list())
				.forEach((row) -> counts.put(row.get("chain").asString(), row.get("covered").asLong()));
		}
		return counts;
	}

	private Map<String, Long> sourcesInGraph(String type) {
		Map<String, Long> counts = new HashMap<>();
		try (Session session = this.neo4j.session()) {
			session.executeRead((tx) -> tx.run("""
					MATCH (:Entity)-[r:$($type)]->(:Entity)
					RETURN r.source AS source, count(r) AS ties
					""", Map.of("type", type)).list())
				.forEach((row) -> counts.put(row.get("source").asString(null), row.get("ties").asLong()));
		}
		return counts;
	}

	/** The {@code n} column of a statement's rows. */
	private List<Long> longs(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((row) -> row.get("n").asLong()));
		}
	}

	/** The {@code id} column of a statement's rows. */
	private List<String> strings(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((row) -> row.get("id").asString()));
		}
	}

	private static List<CSVRecord> records(String file) throws IOException {
		String text = new ClassPathResource("seed-data/" + file).getContentAsString(StandardCharsets.UTF_8);
		try (Reader reader = new StringReader(text)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
