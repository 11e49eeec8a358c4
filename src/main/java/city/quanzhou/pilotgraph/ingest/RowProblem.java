package city.quanzhou.pilotgraph.ingest;

/**
 * One bad cell or row, located precisely enough for a person to fix it in a spreadsheet. Row numbers
 * count the header as row 1, as spreadsheets do.
 */
public record RowProblem(String file, long row, String column, String reason) {

	@Override
	public String toString() {
		return this.file + " row " + this.row + (this.column != null ? " column " + this.column : "") + ": " + this.reason;
	}

}
