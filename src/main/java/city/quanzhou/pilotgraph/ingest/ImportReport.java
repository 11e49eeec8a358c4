package city.quanzhou.pilotgraph.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an import did, or would do in a dry run: rows read; entities created, updated (values or single
 * references changed), relinked (existing entities whose district, park, chain, agency or poster changed; they
 * count as updated too) and left alone; the encoding each file was read in; and every problem found (then
 * nothing was written). A written import also names its id (in the log lines of its chunks) and lists its chunks
 * with their rows and time. Over HTTP it also carries the request's correlation id, which finds the request in the
 * log.
 */
public record ImportReport(boolean dryRun, boolean written, long rows, long created, long updated, long relinked,
		long unchanged, long millis, List<RowProblem> problems, Map<String, String> encodings, String importId,
		List<ImportChunk> chunks, String correlationId, List<DuplicateWarning> duplicates, long duplicatesChecked) {

	public ImportReport {
		problems = List.copyOf(problems);
		encodings = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(encodings));
		chunks = List.copyOf(chunks);
		duplicates = List.copyOf(duplicates);
	}

	/**
	 * A report without duplicate warnings. A written import adds them ({@link #withDuplicates}): the entities
	 * it created that may duplicate another ({@code duplicates}), of the {@code duplicatesChecked} it compared
	 * (fewer than {@code created} only for a very large import, see {@link ImportDuplicateWarnings}).
	 */
	public ImportReport(boolean dryRun, boolean written, long rows, long created, long updated, long relinked,
			long unchanged, long millis, List<RowProblem> problems, Map<String, String> encodings, String importId,
			List<ImportChunk> chunks, String correlationId) {
		this(dryRun, written, rows, created, updated, relinked, unchanged, millis, problems, encodings, importId, chunks,
				correlationId, List.of(), 0);
	}

	ImportReport withDuplicates(List<DuplicateWarning> warnings, long checked) {
		return new ImportReport(this.dryRun, this.written, this.rows, this.created, this.updated, this.relinked,
				this.unchanged, this.millis, this.problems, this.encodings, this.importId, this.chunks, this.correlationId,
				warnings, checked);
	}

	/** Nothing written, for the problems given. */
	static ImportReport refused(boolean dryRun, long millis, List<RowProblem> problems, Map<String, String> encodings) {
		return new ImportReport(dryRun, false, 0, 0, 0, 0, 0, millis, problems, encodings, null, List.of(), null);
	}

	ImportReport withCorrelationId(String id) {
		return new ImportReport(this.dryRun, this.written, this.rows, this.created, this.updated, this.relinked,
				this.unchanged, this.millis, this.problems, this.encodings, this.importId, this.chunks, id, this.duplicates,
				this.duplicatesChecked);
	}

	@Override
	public String toString() {
		String read = this.encodings.isEmpty() ? "" : "Read " + this.encodings + "\n";
		if (!this.problems.isEmpty()) {
			StringBuilder text = new StringBuilder(read + this.problems.size() + " problem(s); nothing written:\n");
			this.problems.forEach((problem) -> text.append("  ").append(problem).append('\n'));
			return text.toString();
		}
		return read + (this.dryRun ? "Dry run: " + this.rows + " rows are valid; nothing written"
				: this.rows + " rows imported: " + this.created + " entities created, " + this.updated + " updated ("
						+ this.relinked + " relinked), " + this.unchanged + " left alone")
				+ " (" + this.millis + " ms" + (this.chunks.isEmpty() ? "" : ", " + this.chunks.size() + " chunks") + ")"
				+ this.chunks.stream().map((chunk) -> "\n  " + chunk).collect(java.util.stream.Collectors.joining())
				+ this.duplicates.stream()
					.map((warning) -> "\n  " + warning.file() + " row " + warning.row() + ": " + warning.id() + " may duplicate "
							+ warning.duplicateId() + " (" + warning.evidence() + ")")
					.collect(java.util.stream.Collectors.joining());
	}

}
