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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.search.EmbeddingJob;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Imports files in the seed-data format (CSV, or XLSX with the same columns on its first sheet): all of
 * it is validated against itself and the graph first; with any bad row nothing is written and every
 * problem is reported; otherwise it is written in one transaction, which also queues the new or changed
 * entities for embedding and appends the import to the change log, and the import answers once it has committed: they are found by their words at
 * once and by meaning once the background {@link EmbeddingJob} has embedded them. Unchanged rows change
 * nothing and queue nothing, so an import can be repeated.
 */
@Service
public class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	private final GraphSessions sessions;

	private final EmbeddingJob embeddings;

	DatasetImporter(GraphSessions sessions, EmbeddingJob embeddings) {
		this.sessions = sessions;
		this.embeddings = embeddings;
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
		files.keySet().removeIf((name) -> !DatasetFiles.isDatasetFile(name));
		return importFiles(files, dryRun, actor);
	}

	/**
	 * @param files file name ({@code institutes.csv} or {@code institutes.xlsx}) to its content
	 */
	public ImportReport importFiles(Map<String, Supplier<InputStream>> files, boolean dryRun, String actor) {
		long started = System.nanoTime();
		DatasetFiles read = DatasetFiles.read(files);
		if (!read.problems().isEmpty()) {
			return ImportReport.refused(dryRun, millisSince(started), read.problems(), read.encodings());
		}
		Dataset dataset;
		try {
			dataset = new DatasetReader(read::open, new Neo4jGraphLookup(this.sessions)).read();
		}
		catch (InvalidDatasetException ex) {
			return ImportReport.refused(dryRun, millisSince(started), ex.problems(), read.encodings());
		}
		long rows = dataset.nodeCount() + dataset.relationshipCount();
		if (dryRun) {
			return new ImportReport(true, false, rows, 0, 0, 0, 0, millisSince(started), List.of(), read.encodings(), null);
		}
		// Generous, but bounded: about a second per thousand rows on top of the default limit.
		Duration timeout = Duration.ofSeconds(60 + rows / 1000);
		long[] reported = { -1 };
		// announced through the change log, appended in the import's own transaction
		Change change = Change.ofImport(dataset.nodes().stream()
			.filter((batch) -> !batch.rows().isEmpty())
			.map(Dataset.NodeBatch::kind)
			.toList());
		DatasetWriter.Summary summary = new DatasetWriter(this.sessions, actor).writeAtomically(dataset, (written) -> {
			if (written != reported[0]) {
				reported[0] = written;
				log.info("Import: {} of {} rows written", written, rows);
			}
		}, timeout, change);
		// writeAtomically has committed: subscribers that reload on the news read the imported state (search
		// by words included; by meaning as the job catches up), and the job starts on what it queued
		this.embeddings.wake();
		log.info("Import by {}: {} rows, {} created, {} updated, {} relinked; those queued for embedding", actor, rows,
				summary.created(), summary.updated(), summary.relinked());
		return new ImportReport(false, true, rows, summary.created(), summary.updated(), summary.relinked(),
				summary.unchanged(), millisSince(started), List.of(), read.encodings(), null);
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
