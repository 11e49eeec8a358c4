package city.quanzhou.pilotgraph.ingest;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Writes a validated dataset as an import: in chunks of at most {@code pilotgraph.import.chunk-size} rows, each
 * its own transaction with its own time limit, so that an import of any size fits; all or nothing through the
 * {@link ImportJournal}: a chunk that fails (a constraint the validation could not foresee, a time limit, the
 * database going away) has the committed chunks undone before the failure is reported, and an import whose process
 * died is undone at the next start ({@link ImportRecovery}).
 */
final class ChunkedImportWriter {

	private static final Logger log = LoggerFactory.getLogger(ChunkedImportWriter.class);

	/** A slice of one step's rows, written in one transaction. */
	private record Chunk(DatasetWriter.Step step, List<Map<String, Object>> rows) {
	}

	/** What was written, chunk by chunk. */
	record Result(String importId, DatasetWriter.Summary summary, List<ImportChunk> chunks) {
	}

	/** A chunk failed; the chunks before it have been undone. */
	static final class ChunkFailedException extends RuntimeException {

		private final ImportChunk chunk;

		ChunkFailedException(ImportChunk chunk, int chunks, RuntimeException cause) {
			super("Chunk " + chunk.number() + " of " + chunks + " (" + chunk.file() + ", " + chunk.step()
					+ ") could not be written: " + cause.getMessage(), cause);
			this.chunk = chunk;
		}

		ImportChunk chunk() {
			return this.chunk;
		}

	}

	private final GraphSessions sessions;

	private final ImportJournal journal;

	private final int chunkSize;

	ChunkedImportWriter(GraphSessions sessions, ImportJournal journal, ImportProperties settings) {
		this.sessions = sessions;
		this.journal = journal;
		this.chunkSize = settings.chunkSize();
	}

	/**
	 * Writes the dataset; {@code change} goes to the change log in the transaction that makes the import
	 * final, so that it is announced exactly when, and only if, the whole import counts.
	 */
	Result write(Dataset dataset, String by, Change change, ImportProgress progress) {
		ZonedDateTime now = ZonedDateTime.now();
		List<Chunk> chunks = chunks(new DatasetWriter(this.sessions, by).steps(dataset, now));
		long rows = chunks.stream().mapToLong((chunk) -> chunk.rows().size()).sum();
		String importId = this.journal.begin(by, now, rows, chunks.size());
		DatasetWriter.Totals totals = new DatasetWriter.Totals();
		List<ImportChunk> written = new ArrayList<>();
		try (Session session = this.sessions.session()) {
			for (Chunk chunk : chunks) {
				int number = written.size() + 1;
				long started = System.nanoTime();
				long[] split = new long[2];
				List<Record> records;
				try {
					records = session.executeWrite((tx) -> {
						long begun = System.nanoTime();
						this.journal.recordBefore(tx, importId, now, chunk.step(), chunk.rows());
						long journaled = System.nanoTime();
						Map<String, Object> parameters = new HashMap<>(chunk.step().parameters());
						parameters.put("rows", chunk.rows());
						List<Record> answer = tx.run(chunk.step().cypher(), parameters).list();
						this.journal.heartbeat(tx, importId, number);
						split[0] = journaled - begun;
						split[1] = System.nanoTime() - journaled;
						return answer;
					}, this.journal.perChunk());
				}
				catch (RuntimeException ex) {
					ImportChunk failed = report(number, chunk, started);
					undo(importId, ex);
					throw new ChunkFailedException(failed, chunks.size(), ex);
				}
				totals.add(records, chunk.rows().size());
				ImportChunk done = report(number, chunk, started);
				// where a chunk's time goes, for profiling imports (docs/benchmarks.md): the journal's statement,
				// the write's, and the rest (commit, index updates at commit, the driver's round trips)
				log.debug("Import {} chunk {}: journal {} ms, write {} ms, commit and the rest {} ms", importId, number,
						split[0] / 1_000_000, split[1] / 1_000_000, done.millis() - (split[0] + split[1]) / 1_000_000);
				written.add(done);
				progress.chunkWritten(done, chunks.size(), totals.rows(), rows);
			}
		}
		catch (ChunkFailedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// the progress listener or the session failed between chunks: the import cannot be completed
			undo(importId, ex);
			throw ex;
		}
		try {
			this.journal.finish(importId, change, by);
		}
		catch (RuntimeException ex) {
			undo(importId, ex);
			throw ex;
		}
		try {
			long forgetting = System.nanoTime();
			this.journal.forget(importId);
			log.debug("Import {}: journal deleted in {} ms", importId, (System.nanoTime() - forgetting) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// the import is complete; only its journal is left, and the next start deletes it
			log.warn("Import {} is complete, but its journal could not be deleted now: {}", importId, ex.toString());
		}
		return new Result(importId, totals.summary(dataset), written);
	}

	/**
	 * Undoes at once; when the database cannot be reached for that either, the journal stays and the next start
	 * undoes the import before the service reports ready.
	 */
	private void undo(String importId, RuntimeException failure) {
		try {
			this.journal.undo(importId);
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
			log.error("Import {} failed and could not be undone now; it will be undone at the next start", importId, ex);
		}
	}

	private static ImportChunk report(int number, Chunk chunk, long started) {
		return new ImportChunk(number, chunk.step().file(), chunk.step().name(), chunk.rows().size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private List<Chunk> chunks(List<DatasetWriter.Step> steps) {
		List<Chunk> chunks = new ArrayList<>();
		for (DatasetWriter.Step step : steps) {
			for (int start = 0; start < step.rows().size(); start += this.chunkSize) {
				chunks.add(new Chunk(step, step.rows().subList(start, Math.min(step.rows().size(), start + this.chunkSize))));
			}
		}
		return chunks;
	}

}
