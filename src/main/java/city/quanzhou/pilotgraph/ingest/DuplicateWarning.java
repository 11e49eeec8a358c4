package city.quanzhou.pilotgraph.ingest;

/**
 * An entity an import created that may duplicate another of its kind: the file and row that created it, its
 * id and name, the likely duplicate, the score (0 to 1) and the evidence. A warning only: the row was written.
 */
public record DuplicateWarning(String file, long row, String id, String name, String duplicateId,
		String duplicateName, double score, String evidence) {
}
