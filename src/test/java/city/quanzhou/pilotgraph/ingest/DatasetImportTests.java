package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk import in the seed-data format: validated in full against itself and the graph, all or nothing,
 * repeatable without changes, from CSV or XLSX, by command or by an admin's upload.
 */
class DatasetImportTests extends FixtureGraphTest {

	private static final String BASES_HEADER = "id,name,aliases,status,openToPublic,services,recognition,operatingModel,"
			+ "districtCode,parkId,establishedYear,equipmentValue,description,source,sourceNote\n";

	@Autowired
	DatasetImporter importer;

	@LocalServerPort
	int port;

	@BeforeEach
	void graphWithOneLink() {
		replaceGraph("""
				CREATE (:District {code: '350581', name: '石狮市'})
				CREATE (chain:Entity:IndustryChain {id: 'chain-tx', name: '纺织服装', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:ChainLink {id: 'link-dyeing', name: '印染', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
				""");
	}

	private static Map<String, Supplier<InputStream>> files(String... nameThenContent) {
		Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
		for (int i = 0; i < nameThenContent.length; i += 2) {
			byte[] bytes = nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8);
			files.put(nameThenContent[i], () -> new ByteArrayInputStream(bytes));
		}
		return files;
	}

	private static Map<String, Supplier<InputStream>> validFiles() {
		return files("test_bases.csv", BASES_HEADER
				+ "base-dye,石狮印染中试平台,印染平台,OPERATING,true,PILOT_MATURATION|TESTING_CERTIFICATION,REGISTERED,OTHER,350581,,2021,900,面向无水染色工艺的中试验证,SYNTHETIC,test\n",
				"base_covers.csv", "baseId,linkId\nbase-dye,link-dyeing\n");
	}

	@Test
	void shouldImportRowsReferringToEntitiesAlreadyInTheGraph() {
		ImportReport report = this.importer.importFiles(validFiles(), false, "tester");
		assertThat(report.problems()).isEmpty();
		assertThat(report.created()).isEqualTo(1);
		assertThat(count("MATCH (:TestBase {id: 'base-dye'})-[:COVERS]->(:ChainLink {id: 'link-dyeing'}) RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:TestBase {id: 'base-dye'})-[:LOCATED_IN]->(:District {code: '350581'}) RETURN count(*)")).isEqualTo(1);
		awaitEmbeddings();
		assertThat(count("MATCH (b:TestBase {id: 'base-dye'}) WHERE b.embedding IS NOT NULL AND NOT b:EmbeddingPending RETURN count(b)")).isEqualTo(1);
	}

	@Test
	void shouldChangeNothingWhenTheSameFilesAreImportedAgain() {
		this.importer.importFiles(validFiles(), false, "tester");
		String before = graphSnapshot();
		ImportReport again = this.importer.importFiles(validFiles(), false, "tester");
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldReportEveryBadRowAndWriteNothing() {
		String before = graphSnapshot();
		ImportReport report = this.importer.importFiles(files("test_bases.csv", BASES_HEADER
				+ "base-a,平台甲,,OPERATING,true,PILOT_MATURATION,,,350581,,2021,,,SYNTHETIC,\n"
				+ "base-b,平台乙,,OPEN,yes,,,,999999,,twenty,,,SYNTHETIC,\n"
				+ "link-dyeing,平台丙,,OPERATING,true,,,,,,,,,SYNTHETIC,\n",
				"base_covers.csv", "baseId,linkId\nbase-a,link-nowhere\n"), false, "tester");
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).extracting(RowProblem::toString).containsExactlyInAnyOrder(
				"test_bases.csv row 3 column status: 'OPEN' is not one of [OPERATING, PLANNED, SUSPENDED, UNDER_CONSTRUCTION]",
				"test_bases.csv row 3 column openToPublic: 'yes' is not true or false",
				"test_bases.csv row 3 column establishedYear: 'twenty' is not a whole number",
				"test_bases.csv row 3 column districtCode: unknown district code 999999",
				"test_bases.csv row 4 column id: link-dyeing already exists as a ChainLink",
				"base_covers.csv row 2 column linkId: no entity has id link-nowhere");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldWriteNothingInADryRun() {
		String before = graphSnapshot();
		ImportReport report = this.importer.importFiles(validFiles(), true, "tester");
		assertThat(report.dryRun()).isTrue();
		assertThat(report.problems()).isEmpty();
		assertThat(report.rows()).isEqualTo(3);
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldReadSpreadsheetsLikeCsv() throws Exception {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("test_bases");
			String[] header = BASES_HEADER.strip().split(",");
			String[] row = { "base-xl", "表格导入平台", "", "PLANNED", "false", "CONCEPT_VERIFICATION", "", "", "350581", "", "2026",
					"", "来自表格", "SYNTHETIC", "" };
			for (int r = 0; r < 2; r++) {
				var cells = sheet.createRow(r);
				String[] values = (r == 0) ? header : row;
				for (int c = 0; c < values.length; c++) {
					if (!values[c].isEmpty()) {
						cells.createCell(c).setCellValue(values[c]);
					}
				}
			}
			workbook.write(xlsx);
		}
		byte[] bytes = xlsx.toByteArray();
		ImportReport report = this.importer.importFiles(Map.of("test_bases.xlsx", () -> new ByteArrayInputStream(bytes)), false, "tester");
		assertThat(report.problems()).isEmpty();
		assertThat(count("MATCH (b:TestBase {id: 'base-xl', status: 'PLANNED', establishedYear: 2026}) RETURN count(b)")).isEqualTo(1);
	}

	@Test
	void shouldTakeUploadsFromAdminsOnly() throws Exception {
		String before = graphSnapshot();
		assertThat(upload(EDITOR).statusCode()).isEqualTo(403);
		assertThat(upload(null).statusCode()).isEqualTo(401);
		assertThat(graphSnapshot()).isEqualTo(before);
		HttpResponse<String> accepted = upload(ADMIN);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"created\":1")
			.contains("\"chunks\":[{\"number\":1,\"file\":\"test_bases.csv\",\"step\":\"nodes\",\"rows\":1,");
	}

	@Test
	void shouldExportFilesTheImportTakesBackUnchanged() throws Exception {
		this.importer.importFiles(validFiles(), false, "tester");
		String before = graphSnapshot();
		byte[] bases = download("/export/test_bases.csv", PLANNER).body();
		byte[] covers = download("/export/base_covers.xlsx", PLANNER).body();
		assertThat(new String(bases, StandardCharsets.UTF_8)).startsWith("id,name,aliases,status").contains("base-dye,石狮印染中试平台,印染平台,OPERATING,true,PILOT_MATURATION|TESTING_CERTIFICATION");
		ImportReport again = this.importer.importFiles(Map.of("test_bases.csv", () -> new ByteArrayInputStream(bases),
				"base_covers.xlsx", () -> new ByteArrayInputStream(covers)), false, "tester");
		assertThat(again.problems()).isEmpty();
		assertThat(again.created() + again.updated()).isZero();
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldExportWhatAListFilterSelects() throws Exception {
		this.importer.importFiles(validFiles(), false, "tester");
		String operating = new String(download("/export/test_bases.csv?status=OPERATING", PLANNER).body(), StandardCharsets.UTF_8);
		String planned = new String(download("/export/test_bases.csv?status=PLANNED", PLANNER).body(), StandardCharsets.UTF_8);
		assertThat(operating.lines()).hasSize(2);
		assertThat(planned.lines()).hasSize(1);
		assertThat(download("/export/test_bases.csv", null).statusCode()).isEqualTo(401);
	}

	private HttpResponse<byte[]> download(String path, String token) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private HttpResponse<String> upload(String token) throws Exception {
		String boundary = "----pilotgraph-test";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"test_bases.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + BASES_HEADER
				+ "base-up,上传平台,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n\r\n--" + boundary + "--\r\n";
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

}
