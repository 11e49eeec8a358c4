package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatasetReaderTests {

	private final Map<String, String> files = new HashMap<>();

	private Dataset read() {
		return new DatasetReader((name) -> Optional.ofNullable(this.files.get(name))
			.map((text) -> (InputStream) new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).read();
	}

	private void validBase() {
		this.files.put("districts.csv", "code,name\n350582,晋江市\n");
		this.files.put("industry_chains.csv", "id,name,aliases,description,source,sourceNote\nchain-a,新能源,,,SYNTHETIC,\n");
		this.files.put("chain_links.csv",
				"id,chainId,name,stage,aliases,description,source,sourceNote\nlink-a,chain-a,电芯制造,MIDSTREAM,,,SYNTHETIC,\n");
	}

	@Test
	void shouldReadAValidDatasetWithTypedValues() {
		validBase();
		this.files.put("results.csv", "id,name,aliases,maturity,needsPilot,publishedOn,description,source,sourceNote\n"
				+ "res-1,固态电解质,固电|SSE,BENCH,true,2024-03-01,,SYNTHETIC,\n");
		Dataset dataset = read();
		var result = dataset.nodes().stream().filter((batch) -> batch.file().equals("results.csv")).findFirst().orElseThrow();
		@SuppressWarnings("unchecked")
		var props = (Map<String, Object>) result.rows().getFirst().get("props");
		assertThat(props).containsEntry("needsPilot", true)
			.containsEntry("maturity", "BENCH")
			.containsEntry("aliases", java.util.List.of("固电", "SSE"))
			.containsEntry("publishedOn", java.time.LocalDate.of(2024, 3, 1));
		assertThat(dataset.references()).singleElement()
			.satisfies((batch) -> assertThat(batch.rows()).containsExactly(Map.of("id", "link-a", "target", "chain-a")));
	}

	@Test
	void shouldReportEveryBadRowWithFileRowColumnAndReason() {
		validBase();
		this.files.put("chain_links.csv", """
				id,chainId,name,stage,aliases,description,source,sourceNote
				link-a,chain-a,电芯制造,MIDSTREAM,,,SYNTHETIC,
				link-b,chain-x,隔膜,SIDEWAYS,,,SYNTHETIC,
				link-a,chain-a,重复,UPSTREAM,,,SYNTHETIC,
				""");
		this.files.put("results.csv", "id,name,aliases,maturity,needsPilot,publishedOn,description,source,sourceNote\n"
				+ "res-1,,,LAB,maybe,2024-13-01,,RUMOUR,\n");
		this.files.put("result_links.csv", "resultId,linkId\nres-1,chain-a\nres-1,link-zzz\n");
		var thrown = catchThrowableOfType(InvalidDatasetException.class, this::read);
		assertThat(thrown.problems()).extracting(RowProblem::toString)
			.containsExactlyInAnyOrder(
					"chain_links.csv row 3 column stage: 'SIDEWAYS' is not one of [DOWNSTREAM, MIDSTREAM, UPSTREAM]",
					"chain_links.csv row 3 column chainId: no IndustryChain has id chain-x",
					"chain_links.csv row 4 column id: duplicate id link-a (already a ChainLink)",
					"results.csv row 2 column name: is required",
					"results.csv row 2 column needsPilot: 'maybe' is not true or false",
					"results.csv row 2 column publishedOn: '2024-13-01' is not a date in yyyy-MM-dd form",
					"results.csv row 2 column source: 'RUMOUR' is not one of [PUBLIC, SOURCE_DOCUMENT, SYNTHETIC]",
					"result_links.csv row 2 column linkId: chain-a is a IndustryChain, expected ChainLink",
					"result_links.csv row 3 column linkId: no entity has id link-zzz");
	}

	@Test
	void shouldRefuseAFileWhoseHeaderDiffersFromTheFormat() {
		validBase();
		this.files.put("parks.csv", "id,title\npark-1,园区\n");
		var thrown = catchThrowableOfType(InvalidDatasetException.class, this::read);
		assertThat(thrown.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.toString()).isEqualTo("parks.csv row 1: header must have the columns "
					+ "id,name,aliases,category,description,source,sourceNote,districtCode; missing name,aliases,category,description,"
					+ "source,sourceNote,districtCode; unexpected title"));
	}

	@Test
	void shouldRefuseAnUnknownDistrictCode() {
		validBase();
		this.files.put("parks.csv", "id,name,aliases,category,districtCode,description,source,sourceNote\n"
				+ "park-1,某园区,,INCUBATOR,999999,,SYNTHETIC,\n");
		var thrown = catchThrowableOfType(InvalidDatasetException.class, this::read);
		assertThat(thrown.problems()).extracting(RowProblem::toString)
			.containsExactly("parks.csv row 2 column districtCode: unknown district code 999999");
	}

}
