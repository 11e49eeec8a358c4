package city.quanzhou.pilotgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.ingest.Uploads.Answer;
import city.quanzhou.pilotgraph.ingest.Uploads.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV files as Excel saves them: "CSV UTF-8" starts with a byte-order mark, plain "CSV" on Chinese Windows is
 * GBK. Both import, and the report says which encoding each file was read in; a file in any other encoding
 * (Latin-1 from a European Excel) is refused at its first garbled row instead of being written as mojibake.
 */
class UploadEncodingTests extends FixtureGraphTest {

	private static final String BASES = MalformedUploadTests.BASES_HEADER + "\n"
			+ "base-dye,石狮印染中试平台,印染平台,OPERATING,true,,,,350581,,2021,,面向无水染色工艺的中试验证，泉州市科技局,SYNTHETIC,\n";

	@LocalServerPort
	int port;

	private Uploads admin;

	@BeforeEach
	void emptyGraphWithOneDistrict() {
		replaceGraph("CREATE (:District {code: '350581', name: '石狮市'})");
		this.admin = new Uploads(this.port, ADMIN);
	}

	private void assertImportedCorrectly(Answer answer, String encoding) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		assertThat(Uploads.encodings(answer)).containsExactly(java.util.Map.entry("test_bases.csv", encoding));
		assertThat(count("MATCH (b:TestBase {id: 'base-dye', name: '石狮印染中试平台', aliases: ['印染平台'],"
				+ " description: '面向无水染色工艺的中试验证，泉州市科技局'}) RETURN count(b)")).isEqualTo(1);
	}

	@Test
	void shouldReadPlainUtf8() {
		assertImportedCorrectly(this.admin.upload(false, Part.utf8("test_bases.csv", BASES)), "UTF-8");
	}

	@Test
	void shouldReadExcelsCsvUtf8WithItsByteOrderMark() {
		byte[] text = BASES.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		assertImportedCorrectly(this.admin.upload(false, new Part("test_bases.csv", withBom)), "UTF-8 with BOM");
	}

	@Test
	void shouldReadGbkAsExcelWritesItOnChineseWindows() {
		byte[] gbk = BASES.getBytes(Charset.forName("GBK"));
		assertImportedCorrectly(this.admin.upload(false, new Part("test_bases.csv", gbk)), "GB18030");
	}

	@Test
	void shouldRefuseLatin1AtItsFirstGarbledRowAndWriteNothing() {
		String before = graphSnapshot();
		String header = MalformedUploadTests.BASES_HEADER + "\nbase-a,Plain Lab,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n";
		// Every accented letter is followed by a letter, so the bytes are also valid GB18030: rare characters then.
		byte[] decodableAsGbk = (header + "base-z,Zürich Müller Labor,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Answer answer = this.admin.upload(false, new Part("test_bases.csv", decodableAsGbk));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.problems()).containsExactly("test_bases.csv row 3: is not UTF-8, and read as GB18030/GBK it gives "
				+ "unlikely characters (perhaps Latin-1 or another code page); save it as \"CSV UTF-8\"");
		byte[] notGbk = (header + "base-c,Café Société,,OPERATING,true,,,,350581,,,,,SYNTHETIC,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Answer other = this.admin.upload(false, new Part("test_bases.csv", notGbk));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.problems()).containsExactly(
				"test_bases.csv row 3: is neither UTF-8 nor GB18030/GBK text; save it as \"CSV UTF-8\"");
		assertThat(other.correlationId()).isEqualTo(other.correlationHeader());
		assertThat(graphSnapshot()).isEqualTo(before);
	}

}
