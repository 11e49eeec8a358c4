package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangePublisher;
import city.quanzhou.pilotgraph.search.EmbeddingJob;

/**
 * Imports files in the seed-data format (CSV, or XLSX with the same columns on its first sheet): all of
 * it is validated against itself and the graph first; with any bad row nothing is written and every
 * problem is reported; otherwise it is written in one transaction, which also queues the new or changed
 * entities for embedding, and the import answers once it has committed: they are found by their words at
 * once and by meaning once the background {@link EmbeddingJob} has embedded them. Unchanged rows change
 * nothing and queue nothing, so an import can be repeated.
 */
@Service
public class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	private static final Set<String> KNOWN_FILES = knownFiles();

	private final Driver driver;

	private final EmbeddingJob embeddings;

	private final ChangePublisher changes;

	DatasetImporter(Driver driver, EmbeddingJob embeddings, ChangePublisher changes) {
		this.driver = driver;
		this.embeddings = embeddings;
		this.changes = changes;
	}

	/** Imports every dataset file in a directory (other files are ignored). */
	public ImportReport importDirectory(Path directory, boolean dryRun, String actor) {
		Map<String, Supplier<InputStream>> files = new java.util.HashMap<>();
		try (Stream<Path> listing = Files.list(directory)) {
			listing.filter(Files::isRegularFile).forEach((file) -> files.put(file.getFileName().toString(), () -> {
				try {
					return Files.newInputStream(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + directory, ex);
		}
		files.keySet().removeIf((name) -> !KNOWN_FILES.contains(name));
		return importFiles(files, dryRun, actor);
	}

	/**
	 * @param files file name ({@code institutes.csv} or {@code institutes.xlsx}) to its content
	 */
	public ImportReport importFiles(Map<String, Supplier<InputStream>> files, boolean dryRun, String actor) {
		long started = System.nanoTime();
		List<RowProblem> unknown = new ArrayList<>();
		files.keySet().stream().filter((name) -> !KNOWN_FILES.contains(name)).sorted()
			.forEach((name) -> unknown.add(new RowProblem(name, 0, null, "is not a file of the dataset format (see seed-data/FORMAT.md)")));
		if (!unknown.isEmpty()) {
			return new ImportReport(dryRun, false, 0, 0, 0, millisSince(started), unknown);
		}
		Dataset dataset;
		try {
			dataset = new DatasetReader((name) -> open(files, name), new Neo4jGraphLookup(this.driver)).read();
		}
		catch (InvalidDatasetException ex) {
			return new ImportReport(dryRun, false, 0, 0, 0, millisSince(started), ex.problems());
		}
		long rows = dataset.nodeCount() + dataset.relationshipCount();
		if (dryRun) {
			return new ImportReport(true, false, rows, 0, 0, millisSince(started), List.of());
		}
		// Generous, but bounded: about a second per thousand rows on top of the default limit.
		Duration timeout = Duration.ofSeconds(60 + rows / 1000);
		long[] reported = { -1 };
		DatasetWriter.Summary summary = new DatasetWriter(this.driver, actor).writeAtomically(dataset, (written) -> {
			if (written != reported[0]) {
				reported[0] = written;
				log.info("Import: {} of {} rows written", written, rows);
			}
		}, timeout);
		// writeAtomically has committed: subscribers that reload on the news read the imported state (search
		// by words included; by meaning as the job catches up), and the job starts on what it queued
		this.embeddings.wake();
		this.changes.publishAfterCommit(Change.ofImport(dataset.nodes().stream()
			.filter((batch) -> !batch.rows().isEmpty())
			.map(Dataset.NodeBatch::kind)
			.toList()));
		log.info("Import by {}: {} rows, {} created, {} updated; those queued for embedding", actor, rows,
				summary.created(), summary.updated());
		return new ImportReport(false, true, rows, summary.created(), summary.updated(), millisSince(started), List.of());
	}

	private static Optional<InputStream> open(Map<String, Supplier<InputStream>> files, String csvName) {
		Supplier<InputStream> csv = files.get(csvName);
		if (csv != null) {
			return Optional.of(csv.get());
		}
		Supplier<InputStream> xlsx = files.get(csvName.replace(".csv", ".xlsx"));
		if (xlsx != null) {
			try (InputStream workbook = xlsx.get()) {
				return Optional.of(Spreadsheets.firstSheetAsCsv(workbook));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Optional.empty();
	}

	private static Set<String> knownFiles() {
		Set<String> names = new HashSet<>();
		names.add(DatasetFormat.DISTRICTS);
		DatasetFormat.NODE_FILES.forEach((file) -> names.add(file.file()));
		DatasetFormat.TIE_FILES.forEach((file) -> names.add(file.file()));
		Set<String> withSpreadsheets = new HashSet<>(names);
		names.forEach((name) -> withSpreadsheets.add(name.replace(".csv", ".xlsx")));
		return Set.copyOf(withSpreadsheets);
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
