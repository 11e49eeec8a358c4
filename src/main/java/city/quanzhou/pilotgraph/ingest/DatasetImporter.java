package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.search.EmbeddingJob;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Imports files in the seed-data format (CSV, or XLSX with the same columns on its first sheet): all of
 * it is validated against itself and the graph first; with any bad row nothing is written and every
 * problem is reported; otherwise it is written in chunks ({@link ChunkedImportWriter}), each its own
 * transaction, all or nothing: a failed chunk has the ones before it undone, and an import cut off by the
 * process dying is undone at the next start. The writes queue the new or changed entities for embedding, and the
 * import answers once its last chunk has committed: they are found by their words at once and by meaning once
 * the background {@link EmbeddingJob} has embedded them; the job in this instance waits while an import runs, so
 * that the graph is written on both cores. Unchanged rows change nothing and queue nothing, so an import can be
 * repeated. One import is written at a time.
 */
@Service
public class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	private final GraphSessions sessions;

	private final EmbeddingJob embeddings;

	private final ImportJournal journal;

	private final ImportRecovery recovery;

	private final ImportProperties settings;

	/** Imports are written one at a time: the journal of one must not be undone over another's writes. */
	private final ReentrantLock writing = new ReentrantLock();

	private final ImportDuplicateWarnings duplicates;

	DatasetImporter(GraphSessions sessions, EmbeddingJob embeddings, ImportJournal journal, ImportRecovery recovery,
			ImportProperties settings, ImportDuplicateWarnings duplicates) {
		this.duplicates = duplicates;
		this.sessions = sessions;
		this.embeddings = embeddings;
		this.journal = journal;
		this.recovery = recovery;
		this.settings = settings;
	}

	/** Imports every dataset file in a directory (other files are ignored). */
	public ImportReport importDirectory(Path directory, boolean dryRun, String actor) {
		return importDirectory(directory, dryRun, actor, ImportProgress.NONE);
	}

	/** Imports every dataset file in a directory, telling {@code progress} after every chunk. */
	public ImportReport importDirectory(Path directory, boolean dryRun, String actor, ImportProgress progress) {
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
		return importFiles(files, dryRun, actor, progress);
	}

	/**
	 * @param files file name ({@code institutes.csv} or {@code institutes.xlsx}) to its content
	 */
	public ImportReport importFiles(Map<String, Supplier<InputStream>> files, boolean dryRun, String actor) {
		return importFiles(files, dryRun, actor, ImportProgress.NONE);
	}

	/**
	 * @param files file name ({@code institutes.csv} or {@code institutes.xlsx}) to its content
	 * @param progress told after every chunk has committed (the importer logs each chunk anyway)
	 */
	public ImportReport importFiles(Map<String, Supplier<InputStream>> files, boolean dryRun, String actor,
			ImportProgress progress) {
		// the import has both cores while it runs; what it queues is embedded once it has answered
		try (EmbeddingJob.Hold held = this.embeddings.hold()) {
			return importHeld(files, dryRun, actor, progress);
		}
	}

	private ImportReport importHeld(Map<String, Supplier<InputStream>> files, boolean dryRun, String actor,
			ImportProgress progress) {
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
		log.info("Import by {}: {} rows read and validated in {} ms", actor, rows, millisSince(started));
		if (dryRun) {
			return new ImportReport(true, false, rows, 0, 0, 0, 0, millisSince(started), List.of(), read.encodings(), null,
					List.of(), null);
		}
		if (!this.writing.tryLock()) {
			return busy(started, read, "another import is being written in this service; try again when it has finished");
		}
		try {
			this.recovery.recover();
			String other = this.recovery.importInProgress();
			if (other != null) {
				return busy(started, read, other);
			}
			return write(dataset, rows, actor, progress, started, read.encodings());
		}
		finally {
			this.writing.unlock();
		}
	}

	private ImportReport write(Dataset dataset, long rows, String actor, ImportProgress progress, long started,
			Map<String, String> encodings) {
		Change change = Change.ofImport(dataset.nodes().stream()
			.filter((batch) -> !batch.rows().isEmpty())
			.map(Dataset.NodeBatch::kind)
			.toList());
		Set<String> created = this.duplicates.newEntities(dataset);
		ChunkedImportWriter.Result result;
		try {
			result = new ChunkedImportWriter(this.sessions, this.journal, this.settings).write(dataset, actor, change,
					(chunk, chunks, rowsWritten, total) -> {
						log.info("Import by {}: chunk {} of {}: {} {}, {} rows in {} ms ({} of {} rows written)", actor,
								chunk.number(), chunks, chunk.file(), chunk.step(), chunk.rows(), chunk.millis(), rowsWritten, total);
						progress.chunkWritten(chunk, chunks, rowsWritten, total);
					});
		}
		catch (ChunkedImportWriter.ChunkFailedException ex) {
			log.warn("Import by {} failed and was undone: {}", actor, ex.getMessage());
			// readers may have seen the chunks that were undone: those who reload on news read the graph again
			announce(change, actor);
			RowProblem problem = new RowProblem(ex.chunk().file(), 0, null, ex.getMessage()
					+ "; the chunks written before it were undone, nothing of this import remains");
			return ImportReport.refused(false, millisSince(started), List.of(problem), encodings);
		}
		DatasetWriter.Summary summary = result.summary();
		// the last chunk has committed and the import is final: subscribers that reload on the news read the
		// imported state (search by words included; by meaning as the job catches up), and the job starts on
		// what it queued
		this.embeddings.wake();
		log.info("Import {} by {}: {} rows in {} chunks, {} created, {} updated, {} relinked; those queued for embedding",
				result.importId(), actor, rows, result.chunks().size(), summary.created(), summary.updated(), summary.relinked());
		ImportDuplicateWarnings.Checked duplicates = this.duplicates.warnings(dataset, created);
		return new ImportReport(false, true, rows, summary.created(), summary.updated(), summary.relinked(),
				summary.unchanged(), millisSince(started), List.of(), encodings, result.importId(), result.chunks(), null)
			.withDuplicates(duplicates.warnings(), duplicates.checked());
	}

	/** Appends a change to the log in a transaction of its own, for news that no write carries. */
	private void announce(Change change, String actor) {
		try (Session session = this.sessions.session()) {
			session.executeWriteWithoutResult((tx) -> ChangeLog.append(tx, change, actor));
		}
	}

	private static ImportReport busy(long started, DatasetFiles read, String reason) {
		return ImportReport.refused(false, millisSince(started), List.of(new RowProblem("", 0, null, reason)), read.encodings());
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
