package city.quanzhou.pilotgraph.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationship labels the dashboard draws come from one table, relations.js, which the API docs point
 * to: every relationship the docs describe and every TieType the API returns must have a Chinese and an
 * English label there.
 */
class RelationLabelsTests {

	private static final Path TABLE = Path.of("src/main/resources/static/dashboard/relations.js");

	@Test
	void shouldLabelEveryRelationshipOfTheDocsAndEveryTieTypeInChineseAndEnglish() throws IOException {
		String table = Files.readString(TABLE);
		Matcher entries = Pattern.compile("^  ([A-Z_]+): \\{ zh: '([^']+)', en: '([^']+)' },$", Pattern.MULTILINE).matcher(table);
		Set<String> labelled = entries.results().map((entry) -> {
			assertThat(entry.group(2)).as(entry.group(1)).matches("[\\p{IsHan}]+");
			assertThat(entry.group(3)).as(entry.group(1)).matches("[a-z ]+");
			return entry.group(1);
		}).collect(Collectors.toSet());

		String model = Files.readString(Path.of("docs/graph-model.md"));
		List<String> documented = Pattern.compile("^\\| `([A-Z_]+)[ `]", Pattern.MULTILINE).matcher(model).results()
			.map((match) -> match.group(1)).toList();
		assertThat(documented).as("relationships in docs/graph-model.md").hasSizeGreaterThan(15);
		assertThat(labelled).containsAll(documented);

		String schema = Files.readString(Path.of("src/main/resources/graphql/path.graphqls"));
		Matcher tieType = Pattern.compile("enum TieType \\{([^}]*)}").matcher(schema);
		assertThat(tieType.find()).isTrue();
		List<String> types = Arrays.stream(tieType.group(1).trim().split("\\s+")).toList();
		assertThat(types).isNotEmpty();
		assertThat(labelled).containsAll(types);
	}

}
