package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh data directories for the test databases: one per purpose and test run, so that every run starts
 * from an empty database and sees the seed data loaded exactly as a new user would.
 */
public final class TestGraphs {

	private static final Map<String, Path> DIRECTORIES = new ConcurrentHashMap<>();

	private TestGraphs() {
	}

	public static String directory(String purpose) {
		return DIRECTORIES.computeIfAbsent(purpose, (key) -> {
			try {
				Path target = Path.of("target", "test-graphs");
				Files.createDirectories(target);
				return Files.createTempDirectory(target, key + "-").toAbsolutePath();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toString();
	}

}
