package city.quanzhou.pilotgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.ingest.Uploads.Answer;
import city.quanzhou.pilotgraph.ingest.Uploads.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every malformed upload to {@code POST /admin/import} is refused with a 4xx, a problem list naming the file
 * (and the row where there is one) and the correlation id, and writes nothing: the shapes of broken and
 * hostile files a fault campaign sent, each of which once answered a bare 500.
 */
@Tag("integration")
class MalformedUploadTests extends FixtureGraphTest {

	static final String BASES_HEADER = "id,name,aliases,status,openToPublic,services,recognition,operatingModel,"
			+ "districtCode,parkId,establishedYear,equipmentValue,description,source,sourceNote";

	@LocalServerPort
	int port;

	private Uploads admin;

	private String before;

	@BeforeEach
	void emptyGraphWithOneDistrict() {
		replaceGraph("CREATE (:District {code: '350581', name: '石狮市'})");
		this.admin = new Uploads(this.port, ADMIN);
		this.before = graphSnapshot();
	}

	private static List<String> row(String id, String name) {
		return List.of(id, name, "", "OPERATING", "true", "", "", "", "350581", "", "", "", "", "SYNTHETIC", "");
	}

	private static byte[] validWorkbook() {
		return Workbooks.of(List.of(List.of(BASES_HEADER.split(",")), row("base-xl", "表格平台")));
	}

	/** A refusal as a user sees it: 4xx, problems, the correlation id in body and header, nothing written. */
	private Answer refused(int status, Part... parts) {
		Answer answer = this.admin.upload(false, parts);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
		assertThat(answer.problems()).isNotEmpty();
		assertThat(answer.correlationId()).isNotBlank().isEqualTo(answer.correlationHeader());
		assertThat(answer.body().path("written").asBoolean()).isFalse();
		assertThat(graphSnapshot()).isEqualTo(this.before);
		return answer;
	}

	@Test
	void shouldNameTheRowOfAQuoteThatIsNeverClosed() {
		Answer answer = refused(422, Part.utf8("test_bases.csv", BASES_HEADER + "\n"
				+ "base-a,平台甲,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n"
				+ "base-b,\"平台乙,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n"));
		assertThat(answer.problems()).containsExactly(
				"test_bases.csv row 3: opens a quoted cell that is never closed (a \" without its closing \")");
	}

	@Test
	void shouldRefuseEmptyFiles() {
		assertThat(refused(422, new Part("test_bases.csv", new byte[0])).problems())
			.containsExactly("test_bases.csv row 0: is empty (0 bytes); a dataset file has at least its header row");
		assertThat(refused(422, new Part("base_covers.xlsx", new byte[0])).problems())
			.containsExactly("base_covers.xlsx row 0: is empty (0 bytes)");
	}

	@Test
	void shouldRefuseFilesThatAreNoWorkbooks() {
		byte[] random = new byte[4096];
		new Random(15).nextBytes(random);
		String notAWorkbook = "is not an XLSX workbook (an .xlsx file is a zip archive of OOXML parts); "
				+ "save it from Excel as \"Excel Workbook (*.xlsx)\" or as \"CSV UTF-8\"";
		assertThat(refused(422, new Part("test_bases.xlsx", random)).problems())
			.containsExactly("test_bases.xlsx row 0: " + notAWorkbook);
		assertThat(refused(422, Part.utf8("test_bases.xlsx", BASES_HEADER + "\n")).problems())
			.containsExactly("test_bases.xlsx row 0: " + notAWorkbook);
	}

	@Test
	void shouldRefuseWorkbooksWithEntities() {
		byte[] xxe = Workbooks.withDoctype(validWorkbook(), "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", "&xxe;");
		String laughs = "<!ENTITY lol \"lol\">" + java.util.stream.IntStream.range(1, 10)
			.mapToObj((i) -> "<!ENTITY lol" + i + " \"" + ("&lol" + (i > 1 ? i - 1 : "") + ";").repeat(10) + "\">")
			.reduce("", String::concat);
		byte[] billionLaughs = Workbooks.withDoctype(validWorkbook(), laughs, "&lol9;");
		String entities = "test_bases.xlsx row 0: is refused: its XML declares a DOCTYPE (entities are not accepted in workbooks)";
		assertThat(refused(422, new Part("test_bases.xlsx", xxe)).problems()).containsExactly(entities);
		assertThat(refused(422, new Part("test_bases.xlsx", billionLaughs)).problems()).containsExactly(entities);
	}

	@Test
	void shouldRefuseAZipBomb() {
		assertThat(refused(422, new Part("test_bases.xlsx", Workbooks.zipBomb(validWorkbook(), 200))).problems())
			.containsExactly("test_bases.xlsx row 0: is refused: a part of it inflates far beyond its compressed size (a zip bomb?)");
	}

	@Test
	void shouldRefuseAWorkbookWithoutItsSheet() {
		assertThat(refused(422, new Part("test_bases.xlsx", Workbooks.without(validWorkbook(), Workbooks.SHEET))).problems())
			.singleElement()
			.satisfies((problem) -> assertThat(problem).startsWith("test_bases.xlsx row 0: is not"));
	}

	@Test
	void shouldRefuseACellOfFiftyMegabytesNamingItsRowAndColumn() {
		String huge = "长".repeat(50 * 1024 * 1024 / 3);
		Answer answer = refused(422, Part.utf8("test_bases.csv", BASES_HEADER + "\n"
				+ "base-a,平台甲,,OPERATING,true,,,,350581,,,,\"" + huge + "\",SYNTHETIC,\n"));
		assertThat(answer.problems()).containsExactly("test_bases.csv row 2 column description: is " + huge.length()
				+ " characters long; a cell holds at most 32767");
	}

	@Test
	void shouldRefuseUploadsOverTheLimitNamingTheProperty() {
		byte[] big = new byte[65 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		Answer answer = refused(413, new Part("test_bases.csv", big));
		assertThat(answer.problems()).singleElement().satisfies((problem) -> assertThat(problem)
			.contains("at most 64 MB per file (spring.servlet.multipart.max-file-size)")
			.contains("spring.servlet.multipart.max-request-size"));
	}

	@Test
	void shouldRefuseTheSameDatasetTwiceInOneUpload() {
		Part bases = Part.utf8("test_bases.csv", BASES_HEADER + "\nbase-a,平台甲,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n");
		Part others = Part.utf8("test_bases.csv", BASES_HEADER + "\nbase-b,平台乙,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n");
		assertThat(refused(422, bases, others).problems())
			.containsExactly("test_bases.csv row 0: is in the upload twice; send each file once");
		assertThat(refused(422, bases, new Part("test_bases.xlsx", validWorkbook())).problems())
			.containsExactly("test_bases.xlsx row 0: is the same dataset as test_bases.csv in this upload; send one of them");
	}

	@Test
	void shouldRefuseAnUploadWithoutFiles() {
		Answer answer = this.admin.post("/admin/import", "multipart/form-data; boundary=x",
				"--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.problems()).singleElement().satisfies((problem) -> assertThat(problem).contains("part named 'files'"));
		assertThat(answer.correlationId()).isEqualTo(answer.correlationHeader());
		Answer notMultipart = this.admin.post("/admin/import", "text/csv", BASES_HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(notMultipart.status()).isEqualTo(415);
		assertThat(notMultipart.correlationId()).isNotBlank();
	}

	@Test
	void shouldImportAValidWorkbookAfterAllThis() {
		Answer answer = this.admin.upload(false, new Part("test_bases.xlsx", validWorkbook()));
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		assertThat(answer.body().path("created").asLong()).isEqualTo(1);
		assertThat(Uploads.encodings(answer)).containsEntry("test_bases.xlsx", "XLSX");
		assertThat(answer.correlationId()).isEqualTo(answer.correlationHeader());
	}

}
