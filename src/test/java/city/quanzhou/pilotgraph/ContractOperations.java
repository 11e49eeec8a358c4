package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The saved operations of the product's first clients, read from {@code ../shared/contract/operations}
 * unchanged. That folder sits beside the project in development and CI but not on a user's machine: there
 * the tests that need it are skipped, and say so.
 */
public final class ContractOperations {

	public static final Path DIRECTORY = Path.of("..", "shared", "contract", "operations");

	/** Operations the schema grows to serve before they replace their namesakes in {@link #DIRECTORY}. */
	public static final Path NEXT = Path.of("..", "shared", "contract", "next");

	private ContractOperations() {
	}

	/** The text of {@code <name>.graphql}; skips the calling test when the contract folder is absent. */
	public static String load(String name) {
		return read(DIRECTORY, name);
	}

	/** The text of {@code next/<name>.graphql}; skips the calling test, saying so, when that folder is absent. */
	public static String loadNext(String name) {
		return read(NEXT, name);
	}

	private static String read(Path directory, String name) {
		Assumptions.assumeTrue(Files.isDirectory(directory), "../shared/contract/" + directory.getFileName()
				+ " not present: contract test skipped (it runs where ../shared exists)");
		try {
			return Files.readString(directory.resolve(name + ".graphql"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Contract operation " + name + " cannot be read", ex);
		}
	}

}
