package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.ingest.Uploads.Answer;
import city.quanzhou.pilotgraph.ingest.Uploads.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutations and imports write through one path with one set of value rules: a re-import that changes a
 * single reference replaces the tie as the editor does (one district, not two) and is counted as the update
 * it is; an import can clear an optional value; a value the editor refuses (a control character, a name of
 * 10,000 characters, an implausible year) is refused by the import too, with file, row and column.
 */
@Tag("integration")
class OneWritePathTests extends FixtureGraphTest {

	private static final String HEADER = MalformedUploadTests.BASES_HEADER;

	@LocalServerPort
	int port;

	private Uploads admin;

	@BeforeEach
	void districtsParksAndAChain() {
		replaceGraph("""
				CREATE (:District {code: '350583', name: '南安市'})
				CREATE (:District {code: '350582', name: '晋江市'})
				CREATE (:Entity:Park {id: 'park-0015', name: '南安园区', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Park {id: 'park-0016', name: '晋江园区', source: 'SYNTHETIC', version: 1})
				CREATE (c1:Entity:IndustryChain {id: 'chain-a', name: '新材料', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:IndustryChain {id: 'chain-b', name: '新能源', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:ChainLink {id: 'link-x', name: '复合材料', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(c1)
				CREATE (:Entity:TransferAgency {id: 'agency-a', name: '甲转移机构', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:TransferAgency {id: 'agency-b', name: '乙转移机构', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Result {id: 'res-1', name: '某成果', maturity: 'PILOT', source: 'SYNTHETIC', version: 1})
				""");
		this.admin = new Uploads(this.port, ADMIN);
	}

	/** base-0011's row exactly as the seed data has it: 南安市 (350583), park-0015. */
	private static String seedRowOfBase0011() {
		try {
			String seed = new ClassPathResource("seed-data/test_bases.csv").getContentAsString(StandardCharsets.UTF_8);
			return seed.lines().filter((line) -> line.startsWith("base-0011,")).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Answer importOk(Part... parts) {
		Answer answer = this.admin.upload(false, parts);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		return answer;
	}

	private static Map<String, Long> counts(Answer answer) {
		Map<String, Long> counts = new HashMap<>();
		for (String key : List.of("created", "updated", "relinked", "unchanged")) {
			counts.put(key, answer.body().path(key).asLong());
		}
		return counts;
	}

	@Test
	void shouldReplaceTheDistrictWhenAReimportChangesItAndCountOneUpdate() {
		Answer first = importOk(Part.utf8("test_bases.csv", HEADER + "\n" + seedRowOfBase0011() + "\n"));
		assertThat(counts(first)).containsEntry("created", 1L);
		String exported = new String(new Uploads(this.port, PLANNER).download("/export/test_bases.csv").body(), StandardCharsets.UTF_8);
		assertThat(exported).contains("350583");
		Answer again = importOk(Part.utf8("test_bases.csv", exported.replace("350583", "350582")));
		assertThat(counts(again)).containsExactlyInAnyOrderEntriesOf(
				Map.of("created", 0L, "updated", 1L, "relinked", 1L, "unchanged", 0L));
		assertThat(count("MATCH (:TestBase {id: 'base-0011'})-[:LOCATED_IN]->(d) RETURN count(d)")).isOne();
		assertThat(count("MATCH (:TestBase {id: 'base-0011'})-[:LOCATED_IN]->(:District {code: '350582'}) RETURN count(*)")).isOne();
		assertThat(count("MATCH (b:TestBase {id: 'base-0011'}) RETURN b.version")).isEqualTo(2);
		Reply api = http().postDocument("testBaseDistrict", Map.of("id", "base-0011"), null);
		assertThat(api.<String>read("$.data.entity.district.name")).isEqualTo("晋江市");
		Answer unchanged = importOk(Part.utf8("test_bases.csv", exported.replace("350583", "350582")));
		assertThat(counts(unchanged)).containsExactlyInAnyOrderEntriesOf(
				Map.of("created", 0L, "updated", 0L, "relinked", 0L, "unchanged", 1L));
	}

	@Test
	void shouldReplaceParkChainAgencyAndPosterLikeTheEditor() {
		importOk(Part.utf8("test_bases.csv", HEADER + "\n" + seedRowOfBase0011() + "\n"),
				Part.utf8("brokers.csv", "id,name,level,agencyId,phone,email,description,source,sourceNote\n"
						+ "broker-1,王经纪,,agency-a,,,,SYNTHETIC,\n"),
				Part.utf8("enterprises.csv", "id,name,aliases,districtCode,parkId,lead,description,source,sourceNote\n"
						+ "ent-1,甲企业,,,,,,SYNTHETIC,\nent-2,乙企业,,,,,,SYNTHETIC,\n"),
				Part.utf8("demands.csv", "id,name,enterpriseId,year,budget,challengeList,status,description,source,sourceNote\n"
						+ "demand-1,某需求,ent-1,2024,,,,,SYNTHETIC,\n"));
		Answer again = importOk(
				Part.utf8("test_bases.csv", HEADER + "\n" + seedRowOfBase0011().replace(",park-0015,", ",park-0016,") + "\n"),
				Part.utf8("brokers.csv", "id,name,level,agencyId,phone,email,description,source,sourceNote\n"
						+ "broker-1,王经纪,,agency-b,,,,SYNTHETIC,\n"),
				Part.utf8("chain_links.csv", "id,chainId,name,stage,aliases,description,source,sourceNote\n"
						+ "link-x,chain-b,复合材料,MIDSTREAM,,,SYNTHETIC,\n"),
				Part.utf8("demands.csv", "id,name,enterpriseId,year,budget,challengeList,status,description,source,sourceNote\n"
						+ "demand-1,某需求,ent-2,2024,,,,,SYNTHETIC,\n"));
		assertThat(counts(again)).containsExactlyInAnyOrderEntriesOf(
				Map.of("created", 0L, "updated", 4L, "relinked", 4L, "unchanged", 0L));
		assertThat(count("MATCH (:TestBase {id: 'base-0011'})-[:IN_PARK]->(p) RETURN CASE WHEN collect(p.id) = ['park-0016'] THEN 1 ELSE 0 END")).isOne();
		assertThat(count("MATCH (:Broker {id: 'broker-1'})-[:WORKS_FOR]->(a) RETURN CASE WHEN collect(a.id) = ['agency-b'] THEN 1 ELSE 0 END")).isOne();
		assertThat(count("MATCH (:ChainLink {id: 'link-x'})-[:PART_OF]->(c) RETURN CASE WHEN collect(c.id) = ['chain-b'] THEN 1 ELSE 0 END")).isOne();
		assertThat(count("MATCH (:Demand {id: 'demand-1'})<-[:POSTED]-(e) RETURN CASE WHEN collect(e.id) = ['ent-2'] THEN 1 ELSE 0 END")).isOne();
	}

	@Test
	void shouldClearOptionalValuesAndReferencesMarkedInTheCell() {
		importOk(Part.utf8("test_bases.csv", HEADER + "\n" + seedRowOfBase0011() + "\n"));
		String cleared = seedRowOfBase0011().replace(",NONE,INSTITUTE_INCUBATOR,350583,park-0015,2019,2750,",
				",<clear>,INSTITUTE_INCUBATOR,350583,<clear>,,<clear>,");
		Answer answer = importOk(Part.utf8("test_bases.csv", HEADER + "\n" + cleared + "\n"));
		assertThat(counts(answer)).containsEntry("updated", 1L).containsEntry("relinked", 1L);
		assertThat(count("""
				MATCH (b:TestBase {id: 'base-0011'})
				WHERE b.recognition IS NULL AND b.equipmentValue IS NULL AND b.establishedYear = 2019 AND NOT (b)-[:IN_PARK]->()
				  AND (b)-[:LOCATED_IN]->(:District {code: '350583'})
				RETURN count(b)""")).isOne();
		Answer required = this.admin.upload(false, Part.utf8("test_bases.csv", HEADER + "\n"
				+ seedRowOfBase0011().replace(",OPERATING,", ",<clear>,") + "\n"));
		assertThat(required.status()).isEqualTo(422);
		assertThat(required.problems()).containsExactly("test_bases.csv row 2 column status: is required and cannot be cleared");
	}

	@Test
	void shouldLetTheEditorReplaceAndClearSingleReferencesLikeTheImport() {
		importOk(Part.utf8("test_bases.csv", HEADER + "\n" + seedRowOfBase0011() + "\n"));
		Map<String, Object> input = base("南安化工单体与原料中试验证平台");
		input.put("id", "base-0011");
		input.put("version", 1);
		input.put("districtCode", "350582");
		Reply moved = http().post(document("upsertTestBase"), Map.of("input", input), EDITOR);
		assertThat(moved.<List<?>>read("$.data.upsertTestBase.errors")).isEmpty();
		assertThat(count("MATCH (:TestBase {id: 'base-0011'})-[:LOCATED_IN]->(d) RETURN CASE WHEN collect(d.code) = ['350582'] THEN 1 ELSE 0 END")).isOne();
		input.put("version", 2);
		input.put("districtCode", null);
		Reply cleared = http().post(document("upsertTestBase"), Map.of("input", input), EDITOR);
		assertThat(cleared.<List<?>>read("$.data.upsertTestBase.errors")).isEmpty();
		assertThat(count("MATCH (:TestBase {id: 'base-0011'})-[:LOCATED_IN]->(d) RETURN count(d)")).isZero();
		// parkId was not in the input: the park stays
		assertThat(count("MATCH (:TestBase {id: 'base-0011'})-[:IN_PARK]->(p:Park {id: 'park-0015'}) RETURN count(p)")).isOne();
	}

	@Test
	void shouldRefuseAControlCharacterInAnImportedNameLikeTheEditor() {
		String before = graphSnapshot();
		Answer answer = this.admin.upload(false, Part.utf8("test_bases.csv", HEADER + "\n"
				+ "base-a,响铃\u0007平台,,OPERATING,true,,,,350582,,,,,SYNTHETIC,\n"));
		assertThat(answer.status()).isEqualTo(422);
		String reason = "contains the control character U+0007; only printable text is allowed";
		assertThat(answer.problems()).containsExactly("test_bases.csv row 2 column name: " + reason);
		assertThat(editorError(base("响铃\u0007平台"))).isEqualTo(Map.of("field", "name", "message", reason));
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseATenThousandCharacterNameOnImportLikeTheEditor() {
		String before = graphSnapshot();
		String name = "长".repeat(10_000);
		Answer answer = this.admin.upload(false, Part.utf8("test_bases.csv", HEADER + "\n"
				+ "base-a," + name + ",,OPERATING,true,,,,350582,,,,,SYNTHETIC,\n"));
		assertThat(answer.status()).isEqualTo(422);
		String reason = "is 10000 characters long; at most 200 are allowed";
		assertThat(answer.problems()).containsExactly("test_bases.csv row 2 column name: " + reason);
		assertThat(editorError(base(name))).isEqualTo(Map.of("field", "name", "message", reason));
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldApplyTheTieRulesOfTheTieEditorToImportedTies() {
		importOk(Part.utf8("test_bases.csv", HEADER + "\n" + seedRowOfBase0011() + "\n"));
		String before = graphSnapshot();
		Answer answer = this.admin.upload(false, Part.utf8("base_pilots.csv", "baseId,resultId,year\nbase-0011,res-1,1800\n"));
		String reason = "1800 is not a plausible year (1900 to 2100)";
		assertThat(answer.problems()).containsExactly("base_pilots.csv row 2 column year: " + reason);
		Reply link = http().post(document("linkEntities"),
				Map.of("input", Map.of("type", "PILOTED", "fromId", "base-0011", "toId", "res-1", "year", 1800)), EDITOR);
		assertThat(link.<List<Map<String, Object>>>read("$.data.linkEntities.errors"))
			.containsExactly(Map.of("field", "year", "message", reason));
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	private static Map<String, Object> base(String name) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("status", "OPERATING");
		input.put("openToPublic", true);
		input.put("services", List.of());
		input.put("coversLinkIds", List.of());
		input.put("operatorIds", List.of());
		return input;
	}

	private Map<String, Object> editorError(Map<String, Object> input) {
		Reply reply = http().post(document("upsertTestBase"), Map.of("input", input), EDITOR);
		List<Map<String, Object>> errors = reply.read("$.data.upsertTestBase.errors");
		assertThat(errors).hasSize(1);
		return errors.getFirst();
	}

	private static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
