package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.ingest.Uploads.Answer;
import city.quanzhou.pilotgraph.ingest.Uploads.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports are safe to open in a spreadsheet and lossless: CSV text cells that a spreadsheet would run as a
 * formula are neutralised with a leading apostrophe (numbers are left alone), XLSX keeps every character, and
 * importing either file back changes nothing. Every file that imports also exports.
 */
@Tag("integration")
class ExportRoundTripTests extends FixtureGraphTest {

	@LocalServerPort
	int port;

	private Uploads planner;

	private Uploads admin;

	@BeforeEach
	void basesWithHostileText() {
		replaceGraph("""
				CREATE (d:District {code: '350581', name: '石狮市'})
				CREATE (:Entity:TestBase {id: 'base-f1', name: '=HYPERLINK("http://evil.example","点击")', aliases: ['+86 电话', '@提及'],
				        status: 'OPERATING', description: $tab, equipmentValue: 120.5, source: 'SYNTHETIC', sourceNote: "'引号开头",
				        version: 1})-[:LOCATED_IN]->(d)
				CREATE (:Entity:TestBase {id: 'base-f2', name: '-减号平台', status: 'PLANNED', description: $cr, source: 'PUBLIC',
				        sourceNote: "''两个引号", version: 1})
				CREATE (:Entity:TestBase {id: 'base-f3', name: '_x0041_ 看似转义', status: 'PLANNED', description: $lines,
				        source: 'PUBLIC', sourceNote: '@', version: 1})
				CREATE (r:Entity:Result {id: 'res-1', name: '成果', maturity: 'PILOT', source: 'SYNTHETIC', version: 1})
				CREATE (e:Entity:Enterprise {id: 'ent-1', name: '企业', source: 'SYNTHETIC', version: 1})
				CREATE (r)-[:TRANSFERRED_TO {amount: -5.0, year: 2024}]->(e)
				""", Map.of("tab", "\t缩进的说明", "cr", "\r回车开头\r\n第二行", "lines", "第一行\n第二行\t制表"));
		this.planner = new Uploads(this.port, PLANNER);
		this.admin = new Uploads(this.port, ADMIN);
	}

	private String properties() {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (n:Entity) WITH n ORDER BY n.id
					RETURN collect([n.id, [key IN keys(n) WHERE key <> 'embedding' | [key, n[key]]]]) AS all
					""").single().get("all").toString());
		}
	}

	private static List<CSVRecord> csv(byte[] bytes) {
		try {
			return CSVFormat.RFC4180.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void shouldNeutraliseFormulaCellsInCsvAndImportThemBackUnchanged() {
		String before = graphSnapshot();
		String values = properties();
		byte[] exported = this.planner.download("/export/test_bases.csv").body();
		List<CSVRecord> rows = csv(exported);
		Map<String, CSVRecord> byId = new java.util.HashMap<>();
		rows.subList(1, rows.size()).forEach((row) -> byId.put(row.get(0), row));
		List<String> header = rows.getFirst().toList();
		CSVRecord f1 = byId.get("base-f1");
		assertThat(f1.get(header.indexOf("name"))).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
		assertThat(f1.get(header.indexOf("aliases"))).isEqualTo("'+86 电话|@提及");
		assertThat(f1.get(header.indexOf("description"))).isEqualTo("'\t缩进的说明");
		assertThat(f1.get(header.indexOf("sourceNote"))).isEqualTo("''引号开头");
		assertThat(f1.get(header.indexOf("equipmentValue"))).isEqualTo("120.5");
		CSVRecord f2 = byId.get("base-f2");
		assertThat(f2.get(header.indexOf("name"))).isEqualTo("'-减号平台");
		assertThat(f2.get(header.indexOf("description"))).isEqualTo("'\r回车开头\r\n第二行");
		assertThat(f2.get(header.indexOf("sourceNote"))).isEqualTo("'''两个引号");
		assertThat(byId.get("base-f3").get(header.indexOf("sourceNote"))).isEqualTo("'@");
		rows.forEach((row) -> row.forEach((cell) -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
			.doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r")));
		Answer again = this.admin.upload(false, new Part("test_bases.csv", exported));
		assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
		assertThat(again.body().path("created").asLong() + again.body().path("updated").asLong()).isZero();
		assertThat(properties()).isEqualTo(values);
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldLeaveNumbersAloneNegativeOnesToo() {
		List<CSVRecord> rows = csv(this.planner.download("/export/transfers.csv").body());
		assertThat(rows).extracting(CSVRecord::toList)
			.containsExactly(List.of("resultId", "enterpriseId", "amount", "year", "source", "sourceNote"),
					// the fixture's tie was written without a source: its provenance cells stay empty
					List.of("res-1", "ent-1", "-5", "2024", "", ""));
	}

	@Test
	void shouldExportSpreadsheetsWithEveryCharacterAndImportThemBackUnchanged() {
		String before = graphSnapshot();
		String values = properties();
		byte[] xlsx = this.planner.download("/export/test_bases.xlsx").body();
		List<List<String>> cells = Workbooks.cells(xlsx);
		List<String> header = cells.getFirst();
		Map<String, List<String>> byId = new java.util.HashMap<>();
		cells.subList(1, cells.size()).forEach((row) -> byId.put(row.getFirst(), row));
		assertThat(byId.get("base-f1").get(header.indexOf("name"))).isEqualTo("=HYPERLINK(\"http://evil.example\",\"点击\")");
		assertThat(byId.get("base-f1").get(header.indexOf("description"))).isEqualTo("\t缩进的说明");
		assertThat(byId.get("base-f2").get(header.indexOf("description"))).isEqualTo("\r回车开头\r\n第二行");
		assertThat(byId.get("base-f3").get(header.indexOf("name"))).isEqualTo("_x0041_ 看似转义");
		assertThat(byId.get("base-f3").get(header.indexOf("description"))).isEqualTo("第一行\n第二行\t制表");
		Answer again = this.admin.upload(false, new Part("test_bases.xlsx", xlsx));
		assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
		assertThat(again.body().path("created").asLong() + again.body().path("updated").asLong()).isZero();
		assertThat(properties()).isEqualTo(values);
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldKeepControlCharactersInSpreadsheets() {
		replaceGraph("""
				CREATE (:Entity:Park {id: 'park-c', name: '园区', description: $control, source: 'SYNTHETIC', version: 1})
				""", Map.of("control", "旧数据\u0001带控制符\u001F与\u0000结尾_x0042_"));
		List<List<String>> cells = Workbooks.cells(this.planner.download("/export/parks.xlsx").body());
		assertThat(cells.get(1).get(cells.getFirst().indexOf("description"))).isEqualTo("旧数据\u0001带控制符\u001F与\u0000结尾_x0042_");
	}

	@Test
	void shouldExportDistrictsLikeEveryFileThatImports() {
		String before = graphSnapshot();
		byte[] districts = this.planner.download("/export/districts.csv").body();
		assertThat(csv(districts)).extracting(CSVRecord::toList)
			.containsExactly(List.of("code", "name"), List.of("350581", "石狮市"));
		Answer again = this.admin.upload(false, new Part("districts.csv", districts));
		assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
		assertThat(graphSnapshot()).isEqualTo(before);
		List<String> everyFile = new java.util.ArrayList<>(List.of(DatasetFormat.DISTRICTS));
		DatasetFormat.NODE_FILES.forEach((file) -> everyFile.add(file.file()));
		DatasetFormat.TIE_FILES.forEach((file) -> everyFile.add(file.file()));
		for (String file : everyFile) {
			assertThat(this.planner.download("/export/" + file).statusCode()).as(file).isEqualTo(200);
			assertThat(this.planner.download("/export/" + file.replace(".csv", ".xlsx")).statusCode()).as(file).isEqualTo(200);
		}
		var unknown = this.planner.download("/export/nothing.csv");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("correlationId").contains("not a file of the dataset format");
	}

}
