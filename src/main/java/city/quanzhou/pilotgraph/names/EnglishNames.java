package city.quanzhou.pilotgraph.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The English names of {@code seed-data/translations/names_en.csv}, read once at start-up: two columns,
 * {@code key} (an entity id or a district code) and {@code nameEn}; names hold no comma, so no quoting.
 * A file with a malformed line stops the start with the line named, rather than leaving names out silently.
 */
@Service
class EnglishNames {

	static final String LOCATION = "seed-data/translations/names_en.csv";

	private final Map<String, String> names;

	EnglishNames() {
		this.names = read(new ClassPathResource(LOCATION));
	}

	/** The English name of an entity id or a district code; null when the file has none. */
	String of(String key) {
		return this.names.get(key);
	}

	static Map<String, String> read(ClassPathResource file) {
		Map<String, String> names = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (!"key,nameEn".equals(header)) {
				throw new IllegalStateException(LOCATION + ": the first line must be 'key,nameEn', not '" + header + "'");
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
					throw new IllegalStateException(LOCATION + " line " + number + ": expected 'key,nameEn', got '" + line + "'");
				}
				if (names.put(cells[0].strip(), cells[1].strip()) != null) {
					throw new IllegalStateException(LOCATION + " line " + number + ": '" + cells[0] + "' has a name already");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(names);
	}

}
