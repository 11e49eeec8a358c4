package city.quanzhou.pilotgraph.ingest;

/**
 * One written chunk of an import, as the report lists it: its number (from 1), the file its rows came from, which
 * step of the write it was ({@code nodes}, {@code districtCode}, {@code ties COVERS}, ...), how many rows and how
 * long its transaction took.
 */
public record ImportChunk(int number, String file, String step, long rows, long millis) {

	@Override
	public String toString() {
		return "chunk " + this.number + ": " + this.file + " " + this.step + ", " + this.rows + " rows, " + this.millis + " ms";
	}

}
