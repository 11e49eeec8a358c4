package city.quanzhou.pilotgraph.ingest;

/**
 * Told after every chunk of an import has committed. The importer logs each chunk itself; callers may follow
 * along too (the crash tests stop the process here, after a given chunk).
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (chunk, chunks, rowsWritten, rows) -> {
	};

	/**
	 * @param chunk the chunk that committed
	 * @param chunks how many chunks the import has in all
	 * @param rowsWritten rows committed so far, this chunk's included
	 * @param rows rows of the whole import
	 */
	void chunkWritten(ImportChunk chunk, int chunks, long rowsWritten, long rows);

}
