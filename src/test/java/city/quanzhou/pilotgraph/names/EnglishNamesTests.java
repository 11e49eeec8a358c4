package city.quanzhou.pilotgraph.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Every chain, link and district of the seed data has an English name, and a broken file stops the start. */
class EnglishNamesTests {

	@Test
	void shouldNameEveryChainLinkAndDistrictOfTheSeedDataInEnglish() throws IOException {
		Map<String, String> names = EnglishNames.read(new ClassPathResource(EnglishNames.LOCATION));
		List<String> keys = Files.readAllLines(Path.of("seed-data/districts.csv")).stream().skip(1).map((line) -> line.split(",")[0]).toList();
		assertThat(keys).hasSize(12);
		assertThat(names).containsKeys(keys.toArray(String[]::new)).containsEntry("350527", "Jinmen (Kinmen) County");
		for (String file : List.of("industry_chains.csv", "chain_links.csv")) {
			List<String> ids = Files.readAllLines(Path.of("seed-data", file)).stream().skip(1).map((line) -> line.split(",")[0]).toList();
			assertThat(ids).isNotEmpty();
			assertThat(names).as(file).containsKeys(ids.toArray(String[]::new));
		}
		assertThat(names.values()).allSatisfy((name) -> assertThat(name).matches("[\\x20-\\x7e]+"));
	}

	@Test
	void shouldRefuseAFileWithAMalformedLine() throws IOException {
		Path file = Files.createTempFile("names_en", ".csv");
		try {
			Files.writeString(file, "key,nameEn\nchain-a,Chain A\nchain-b\n");
			assertThatIllegalStateException()
				.isThrownBy(() -> EnglishNames.read(new ClassPathResource("x") {
					@Override
					public java.io.InputStream getInputStream() throws IOException {
						return Files.newInputStream(file);
					}
				}))
				.withMessageContaining("line 3");
		}
		finally {
			Files.delete(file);
		}
	}

}
