package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.ingest.Uploads.Answer;
import city.quanzhou.pilotgraph.ingest.Uploads.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a tie is written gives it a source: an import IMPORT unless its file names one (and a re-import
 * without the column keeps what a tie had), an editor's link EDITOR unless the editor names one, and the
 * migration the ties of an older graph; the import report warns of entities it created that look like
 * existing ones.
 */
@Tag("integration")
class TieSourceWriteTests extends FixtureGraphTest {

	@LocalServerPort
	int port;

	private Uploads admin;

	@BeforeEach
	void aBaseTwoLinksAndAnInstitute() {
		replaceGraph("""
				CREATE (shishi:District {code: '350581', name: '石狮市'})
				CREATE (chain:Entity:IndustryChain {id: 'chain-tx', name: '纺织服装', source: 'PUBLIC', version: 1})
				CREATE (:Entity:ChainLink {id: 'link-dye', name: '印染', stage: 'MIDSTREAM', source: 'PUBLIC', version: 1})-[:PART_OF {source: 'PUBLIC'}]->(chain)
				CREATE (:Entity:ChainLink {id: 'link-fabric', name: '面料', stage: 'MIDSTREAM', source: 'PUBLIC', version: 1})-[:PART_OF {source: 'PUBLIC'}]->(chain)
				CREATE (:Entity:TestBase {id: 'base-dye', name: '无水染色中试基地', status: 'OPERATING', openToPublic: true,
				        services: ['PILOT_MATURATION'], source: 'SOURCE_DOCUMENT', version: 1})
				CREATE (:Entity:Result {id: 'res-dye', name: '无水染色技术', maturity: 'PILOT', source: 'PUBLIC', version: 1})
				CREATE (:Entity:Institute {id: 'inst-cta', name: '中纺协石狮研究院', source: 'PUBLIC', version: 1})-[:LOCATED_IN {source: 'PUBLIC'}]->(shishi)
				""");
		this.admin = new Uploads(this.port, ADMIN);
	}

	@Test
	void shouldMarkImportedTiesImportUnlessTheFileNamesASource() {
		importOk(Part.utf8("base_covers.csv", "baseId,linkId\nbase-dye,link-dye\n"));
		assertThat(sourceOfCover("link-dye")).isEqualTo("IMPORT");

		importOk(Part.utf8("base_covers.csv", "baseId,linkId,source,sourceNote\nbase-dye,link-fabric,PUBLIC,石狮日报 2024-03-01\n"));
		assertThat(sourceOfCover("link-fabric")).isEqualTo("PUBLIC");
		assertThat(count("MATCH (:TestBase)-[r:COVERS {sourceNote: '石狮日报 2024-03-01'}]->(:ChainLink {id: 'link-fabric'}) RETURN count(r)"))
			.isOne();

		importOk(Part.utf8("base_covers.csv", "baseId,linkId\nbase-dye,link-fabric\n"));
		assertThat(sourceOfCover("link-fabric")).as("a file without the column keeps a tie's source").isEqualTo("PUBLIC");

		Reply published = http().postDocument("tieSources", Map.of("id", "base-dye", "sources", List.of("PUBLIC")), null);
		assertThat(published.<List<String>>read("$.data.entity.publishedCovers[*].id")).containsExactly("link-fabric");
		assertThat(published.<List<String>>read("$.data.entity.covers[*].id")).containsExactly("link-dye", "link-fabric");
	}

	@Test
	void shouldRefuseATieSourceThatIsNotOneNamingFileRowAndColumn() {
		Answer answer = this.admin.upload(false, Part.utf8("base_covers.csv", "baseId,linkId,source\nbase-dye,link-dye,NEWSPAPER\n"));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.problems()).singleElement().asString()
			.startsWith("base_covers.csv row 2 column source: 'NEWSPAPER' is not one of");
		assertThat(count("MATCH ()-[r:COVERS]->() RETURN count(r)")).isZero();
	}

	@Test
	void shouldMarkAnEditorsLinkEditorUnlessTheEditorNamesASource() {
		Reply link = http().postDocument("linkEntities",
				Map.of("input", Map.of("type", "COVERS", "fromId", "base-dye", "toId", "link-dye")), EDITOR);
		assertThat(link.<List<?>>read("$.data.linkEntities.errors")).isEmpty();
		assertThat(sourceOfCover("link-dye")).isEqualTo("EDITOR");

		Map<String, Object> cited = new HashMap<>(Map.of("type", "PILOTED", "fromId", "base-dye", "toId", "res-dye"));
		cited.put("year", 2023);
		cited.put("source", "PUBLIC");
		cited.put("sourceNote", "中纺学石狮产业研究院公开报道");
		assertThat(http().postDocument("linkEntities", Map.of("input", cited), EDITOR).<List<?>>read("$.data.linkEntities.errors"))
			.isEmpty();
		Reply read = http().postDocument("tieSources", Map.of("id", "base-dye", "sources", List.of("EDITOR")), null);
		assertThat(read.<List<String>>read("$.data.entity.piloted[*].source")).containsExactly("PUBLIC");
		assertThat(read.<List<String>>read("$.data.entity.piloted[*].sourceNote")).containsExactly("中纺学石狮产业研究院公开报道");
		assertThat(read.<List<String>>read("$.data.entity.publishedCovers[*].id")).containsExactly("link-dye");
		assertThat(read.<List<?>>read("$.data.entity.publishedPiloted")).isEmpty();

		Reply imported = http().postDocument("linkEntities",
				Map.of("input", Map.of("type", "COVERS", "fromId", "base-dye", "toId", "link-fabric", "source", "IMPORT")), EDITOR);
		assertThat(imported.<String>read("$.data.linkEntities.errors[0].field")).isEqualTo("source");
		assertThat(count("MATCH (:TestBase)-[r:COVERS]->(:ChainLink {id: 'link-fabric'}) RETURN count(r)")).isZero();
	}

	@Test
	void shouldListANearDuplicateTheImportCreatedWithRowAndEvidence() {
		String header = "id,name,aliases,category,districtCode,inCity,description,source,sourceNote\n";
		Answer answer = importOk(Part.utf8("institutes.csv", header
				+ "inst-cta,中纺协石狮研究院,,,350581,true,,PUBLIC,\n"
				+ "inst-new,中纺学石狮产业研究院,,RESEARCH_INSTITUTE,350581,true,,PUBLIC,石狮市政府网站\n"));
		assertThat(answer.body().path("duplicatesChecked").asLong()).as("only the created entity is checked").isOne();
		var warnings = answer.body().path("duplicates");
		assertThat(warnings.size()).isOne();
		var warning = warnings.get(0);
		assertThat(warning.path("file").asString()).isEqualTo("institutes.csv");
		assertThat(warning.path("row").asLong()).isEqualTo(3);
		assertThat(warning.path("id").asString()).isEqualTo("inst-new");
		assertThat(warning.path("duplicateId").asString()).isEqualTo("inst-cta");
		assertThat(warning.path("duplicateName").asString()).isEqualTo("中纺协石狮研究院");
		assertThat(warning.path("evidence").asString()).isEqualTo("names 中纺学石狮产业研究院 ≈ 中纺协石狮研究院 alike 0.639, same district");
		assertThat(warning.path("score").asDouble()).isGreaterThanOrEqualTo(0.6);
		assertThat(count("MATCH (i:Institute {id: 'inst-new'}) RETURN count(i)")).as("a warning, not a refusal").isOne();

		Answer again = importOk(Part.utf8("institutes.csv", header
				+ "inst-new,中纺学石狮产业研究院,,RESEARCH_INSTITUTE,350581,true,,PUBLIC,石狮市政府网站\n"));
		assertThat(again.body().path("duplicates").size()).as("an entity already there is not new").isZero();
	}

	@Test
	void shouldListTheNearDuplicatesOfEveryFileInFileAndRowOrder() {
		// two files, so two comparing statements run side by side; the report lists them in file and row order
		Answer answer = importOk(
				Part.utf8("test_bases.csv", "id,name,aliases,status,openToPublic,services,recognition,operatingModel,"
						+ "districtCode,parkId,establishedYear,equipmentValue,description,source,sourceNote\n"
						+ "base-other,泉州纺织检测中心,,OPERATING,,,,,350581,,,,,PUBLIC,\n"
						+ "base-dye-2,无水染色中试基地二期,,PLANNED,,,,,350581,,,,,PUBLIC,\n"),
				Part.utf8("institutes.csv", "id,name,aliases,category,districtCode,inCity,description,source,sourceNote\n"
						+ "inst-new,中纺学石狮产业研究院,,,350581,true,,PUBLIC,\n"));
		assertThat(answer.body().path("duplicatesChecked").asLong()).isEqualTo(3);
		var warnings = answer.body().path("duplicates");
		assertThat(warnings.size()).as(warnings.toString()).isEqualTo(2);
		assertThat(warnings.get(0).path("file").asString()).isEqualTo("institutes.csv");
		assertThat(warnings.get(0).path("row").asLong()).isEqualTo(2);
		assertThat(warnings.get(0).path("duplicateId").asString()).isEqualTo("inst-cta");
		assertThat(warnings.get(1).path("file").asString()).isEqualTo("test_bases.csv");
		assertThat(warnings.get(1).path("row").asLong()).isEqualTo(3);
		assertThat(warnings.get(1).path("id").asString()).isEqualTo("base-dye-2");
		assertThat(warnings.get(1).path("duplicateId").asString()).isEqualTo("base-dye");
	}

	@Test
	void shouldGiveTheTiesOfAnOlderGraphASourceInTheMigration() throws IOException {
		replaceGraph("""
				CREATE (d:District {code: '350581', name: '石狮市'})
				CREATE (b:Entity:TestBase {id: 'base-old', name: '旧基地', status: 'OPERATING', source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(d)
				CREATE (e:Entity:Enterprise {id: 'ent-old', name: '旧企业', source: 'PUBLIC', version: 1})
				CREATE (e)-[:POSTED]->(:Entity:Demand {id: 'demand-old', name: '旧需求', source: 'SOURCE_DOCUMENT', version: 1})
				CREATE (l:Entity:ChainLink {id: 'link-old', name: '旧环节', source: 'PUBLIC', version: 1})
				CREATE (b)-[:COVERS]->(l)
				CREATE (b)-[:SERVED {year: 2024, source: 'SYNTHETIC'}]->(e)
				""");
		String migration = new ClassPathResource("graph-schema/V0008__Backfill_tie_sources.cypher")
			.getContentAsString(StandardCharsets.UTF_8);
		try (Session session = this.driver.session()) {
			for (String statement : migration.split(";\\s*\\n")) {
				if (!statement.lines().allMatch((line) -> line.isBlank() || line.strip().startsWith("//"))) {
					// its statements commit in batches (IN TRANSACTIONS): auto-commit, as the migration runner sends them
					session.run(statement).consume();
				}
			}
		}
		assertThat(count("MATCH (:TestBase)-[r:LOCATED_IN {source: 'SYNTHETIC'}]->() RETURN count(r)"))
			.as("a reference takes its entity's source").isOne();
		assertThat(count("MATCH (:Enterprise)-[r:POSTED {source: 'SOURCE_DOCUMENT'}]->(:Demand) RETURN count(r)"))
			.as("a posting takes the demand's source").isOne();
		assertThat(count("MATCH ()-[r:COVERS {source: 'IMPORT'}]->() RETURN count(r)")).isOne();
		assertThat(count("MATCH ()-[r:SERVED {source: 'SYNTHETIC'}]->() RETURN count(r)")).as("a source already given stays").isOne();
	}

	private Answer importOk(Part... parts) {
		Answer answer = this.admin.upload(false, parts);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		return answer;
	}

	private String sourceOfCover(String linkId) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(
					"MATCH (:TestBase {id: 'base-dye'})-[r:COVERS]->(:ChainLink {id: $link}) RETURN r.source AS source",
					Map.of("link", linkId)).single().get("source").asString());
		}
	}

}
