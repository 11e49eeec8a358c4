package city.quanzhou.pilotgraph.ingest;

import java.util.List;

/**
 * What an import did, or would do in a dry run: rows read, entities created and updated, and every
 * problem found (then nothing was written).
 */
public record ImportReport(boolean dryRun, boolean written, long rows, long created, long updated, long millis,
		List<RowProblem> problems) {

	@Override
	public String toString() {
		if (!this.problems.isEmpty()) {
			StringBuilder text = new StringBuilder(this.problems.size() + " problem(s); nothing written:\n");
			this.problems.forEach((problem) -> text.append("  ").append(problem).append('\n'));
			return text.toString();
		}
		return (this.dryRun ? "Dry run: " + this.rows + " rows are valid; nothing written"
				: this.rows + " rows imported: " + this.created + " entities created, " + this.updated + " updated")
				+ " (" + this.millis + " ms)";
	}

}
