package city.quanzhou.pilotgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.ingest.DatasetImporter;
import city.quanzhou.pilotgraph.ingest.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's generator (bench/GenerateEcosystem.java), run as a user runs it, on a small size: the
 * same size gives the same bytes, and its batches load through the service's own import, a later batch
 * validating against what the earlier ones wrote. Nothing here times anything.
 */
@Tag("integration")
class GenerateEcosystemTests extends FixtureGraphTest {

	@Autowired
	DatasetImporter importer;

	@TempDir
	Path temp;

	@Test
	void shouldWriteTheSameFilesForTheSameSize() throws Exception {
		Path first = generate(this.temp.resolve("first"), 400, 200);
		Path second = generate(this.temp.resolve("second"), 400, 200);
		Map<String, byte[]> firstFiles = files(first);
		Map<String, byte[]> secondFiles = files(second);
		assertThat(firstFiles.keySet()).contains("batch-001/enterprises.csv", "batch-002/results.csv", "manifest.txt");
		assertThat(secondFiles.keySet()).isEqualTo(firstFiles.keySet());
		firstFiles.forEach((name, bytes) -> assertThat(secondFiles.get(name)).as(name).isEqualTo(bytes));
		assertThat(Files.readString(first.resolve("manifest.txt"))).startsWith("seed 20261128, 400 nodes, 2 batch(es)");
	}

	@Test
	void shouldLoadBatchAfterBatchThroughTheImport() throws Exception {
		replaceGraph("RETURN 1");
		Path data = generate(this.temp.resolve("data"), 400, 200);

		ImportReport firstCheck = this.importer.importDirectory(data.resolve("batch-001"), true, "test");
		assertThat(firstCheck.problems()).isEmpty();
		ImportReport firstBatch = this.importer.importDirectory(data.resolve("batch-001"), false, "test");
		assertThat(firstBatch.problems()).isEmpty();
		assertThat(firstBatch.created()).isEqualTo(200);

		// the second batch refers to entities of the first, which only the graph now knows
		ImportReport secondCheck = this.importer.importDirectory(data.resolve("batch-002"), true, "test");
		assertThat(secondCheck.problems()).isEmpty();
		assertThat(secondCheck.rows()).isGreaterThan(200);
	}

	private static Path generate(Path out, int nodes, int batch) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"bench/GenerateEcosystem.java", Integer.toString(nodes), out.toString(), Integer.toString(batch))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).isZero();
		return out;
	}

	private static Map<String, byte[]> files(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}

}
