package city.quanzhou.pilotgraph.ingest;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

	/**
	 * Import statements keep the plan they were first given. The graph grows by orders of magnitude during an
	 * import, so the planner would otherwise replan each statement every few seconds: a fifth of the database's
	 * time in a profiled import of 100,000 nodes. Every statement here finds its nodes by a unique key (an
	 * entity's id, a district's code, a journal entry's key), which the first plan seeks whatever the counts.
	 */
	static final String KEEP_PLAN = "CYPHER replan=skip\n";

	private final GraphSessions sessions;

	private final ImportJournal journal;

	private final int chunkSize;

	private final int parallelChunks;

	ChunkedImportWriter(GraphSessions sessions, ImportJournal journal, ImportProperties settings) {
		this.sessions = sessions;
		this.journal = journal;
		this.chunkSize = settings.chunkSize();
		this.parallelChunks = settings.parallelChunks();
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
		Progress written = new Progress(chunks.size(), rows, progress);
		try {
			int next = 0;
			while (next < chunks.size()) {
				DatasetWriter.Step step = chunks.get(next).step();
				int end = next;
				while (end < chunks.size() && chunks.get(end).step() == step) {
					end++;
				}
				writeStep(importId, now, chunks.subList(next, end), next, written);
				next = end;
			}
		}
		catch (ChunkFailedException ex) {
			undo(importId, ex);
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
		return new Result(importId, written.totals.summary(dataset), written.chunks);
	}

	/**
	 * Writes one step's chunks: a node step's several at once, each on its own session (its nodes are distinct,
	 * so the chunks share no lock); the others in order on one session. When a chunk fails, the chunks already
	 * running finish (committed or not), none is started after it, and the first failure is thrown.
	 */
	private void writeStep(String importId, ZonedDateTime now, List<Chunk> chunks, int numbered, Progress written) {
		ImportJournal.Before journal = chunks.getFirst().step().journal();
		boolean nodes = journal == ImportJournal.Before.NODES || journal == ImportJournal.Before.CREATED;
		int threads = nodes ? Math.min(this.parallelChunks, chunks.size()) : 1;
		if (threads == 1) {
			try (Session session = this.sessions.session()) {
				for (int i = 0; i < chunks.size(); i++) {
					written.add(writeChunk(session, importId, now, numbered + i + 1, chunks.get(i), written.chunkCount));
				}
			}
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("import-chunk-", 1).factory());
		try {
			CompletionService<Written> done = new ExecutorCompletionService<>(pool);
			int submitted = 0;
			int finished = 0;
			RuntimeException failure = null;
			boolean interrupted = false;
			// every chunk started is waited for, also after a failure: an undo must not run beside a chunk that may
			// still commit
			while (finished < submitted || (failure == null && submitted < chunks.size())) {
				while (failure == null && submitted < chunks.size() && submitted - finished < threads) {
					Chunk chunk = chunks.get(submitted);
					int number = numbered + ++submitted;
					done.submit(() -> {
						try (Session session = this.sessions.session()) {
							return writeChunk(session, importId, now, number, chunk, written.chunkCount);
						}
					});
				}
				try {
					Written chunk = done.take().get();
					if (failure == null) {
						written.add(chunk);
					}
				}
				catch (ExecutionException ex) {
					// the first failure is reported; a chunk that failed beside it was rolled back all the same
					failure = (failure != null) ? failure : asRuntime(ex.getCause());
				}
				catch (InterruptedException ex) {
					interrupted = true;
					failure = (failure != null) ? failure
							: new IllegalStateException("Interrupted while writing an import's chunks", ex);
					continue;
				}
				catch (RuntimeException ex) {
					// the progress listener failed: no further chunk is started
					failure = (failure != null) ? failure : ex;
				}
				finished++;
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			if (failure != null) {
				throw failure;
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** A chunk in its own transaction: what the journal must record first, then the write, then the heartbeat. */
	private Written writeChunk(Session session, String importId, ZonedDateTime now, int number, Chunk chunk,
			int chunkCount) {
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
				List<Record> answer = tx.run(KEEP_PLAN + chunk.step().cypher(), parameters).list();
				this.journal.heartbeat(tx, importId, number);
				split[0] = journaled - begun;
				split[1] = System.nanoTime() - journaled;
				return answer;
			}, this.journal.perChunk());
		}
		catch (RuntimeException ex) {
			throw new ChunkFailedException(report(number, chunk, started), chunkCount, ex);
		}
		ImportChunk done = report(number, chunk, started);
		// where a chunk's time goes, for profiling imports (docs/benchmarks.md): the journal's statement,
		// the write's, and the rest (commit, index updates at commit, the driver's round trips)
		log.debug("Import {} chunk {}: journal {} ms, write {} ms, commit and the rest {} ms", importId, number,
				split[0] / 1_000_000, split[1] / 1_000_000, done.millis() - (split[0] + split[1]) / 1_000_000);
		return new Written(done, records);
	}

	private static RuntimeException asRuntime(Throwable cause) {
		return (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
	}

	/** A chunk that committed, with what its write statement answered. */
	private record Written(ImportChunk chunk, List<Record> records) {
	}

	/** The chunks written so far, in the order they committed, and their totals; reported as each commits. */
	private static final class Progress {

		private final int chunkCount;

		private final long rows;

		private final ImportProgress listener;

		private final DatasetWriter.Totals totals = new DatasetWriter.Totals();

		private final List<ImportChunk> chunks = new ArrayList<>();

		Progress(int chunkCount, long rows, ImportProgress listener) {
			this.chunkCount = chunkCount;
			this.rows = rows;
			this.listener = listener;
		}

		void add(Written written) {
			this.totals.add(written.records(), (int) written.chunk().rows());
			this.chunks.add(written.chunk());
			this.listener.chunkWritten(written.chunk(), this.chunkCount, this.totals.rows(), this.rows);
		}

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
