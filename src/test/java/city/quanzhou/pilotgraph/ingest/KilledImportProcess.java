package city.quanzhou.pilotgraph.ingest;

import java.nio.file.Path;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: the process {@link InterruptedImportTests} starts and kills. It starts the service on a fresh data
 * directory, builds the fixture graph, dumps it, and imports the fixture's files; once the given chunk has
 * committed it dumps the graph again and halts on the spot, as {@code kill -9} would stop it: no shutdown hook,
 * no clean close of the database.
 * <p>
 * Arguments: data directory, import directory, file for the dump before, file for the dump at the halt, number of
 * the chunk after which to halt.
 */
public final class KilledImportProcess {

	/** The exit status of the halt, so the test knows the process died where it was meant to. */
	static final int HALTED = 42;

	private KilledImportProcess() {
	}

	public static void main(String[] args) {
		Path imports = Path.of(args[1]);
		Path before = Path.of(args[2]);
		Path atHalt = Path.of(args[3]);
		int haltAfter = Integer.parseInt(args[4]);
		ConfigurableApplicationContext service = ImportCrashFixture.start(args[0]);
		Driver driver = service.getBean(Driver.class);
		ImportCrashFixture.createGraph(driver);
		GraphDump.write(driver, before);
		service.getBean(DatasetImporter.class).importDirectory(imports, false, "killed", (chunk, chunks, written, rows) -> {
			if (chunk.number() == haltAfter) {
				GraphDump.write(driver, atHalt);
				Runtime.getRuntime().halt(HALTED);
			}
		});
		// the import finished without reaching the chunk: the test reports this exit status
		Runtime.getRuntime().halt(1);
	}

}
