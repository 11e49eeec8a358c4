package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one dataset file (UTF-8 text by now, see {@link DatasetFiles}), each handed on with its
 * spreadsheet row number, after the checks every file gets: the header has exactly the format's columns (in
 * any order), every row has as many cells, no cell is longer than a spreadsheet cell, and the CSV itself is
 * readable to the end (an unclosed quote is reported at the row where it opens). Problems go to the list
 * given; rows with one are not handed on.
 */
final class CsvRows {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	interface RowConsumer {

		void accept(CSVRecord record, long row);

	}

	private CsvRows() {
	}

	static void forEach(String file, InputStream input, List<String> expectedHeader, List<RowProblem> problems,
			RowConsumer consumer) {
		forEach(file, input, expectedHeader, Set.of(), problems, consumer);
	}

	/**
	 * As above, where the columns named {@code optional} may be left out of the header (a consumer asks the
	 * record {@code isMapped} before reading one of them).
	 */
	static void forEach(String file, InputStream input, List<String> expectedHeader, Set<String> optional,
			List<RowProblem> problems, RowConsumer consumer) {
		new Reading(file, problems).forEach(input, expectedHeader, optional, consumer);
	}

	private record Reading(String file, List<RowProblem> problems) {

		void forEach(InputStream input, List<String> fullHeader, Set<String> optional, RowConsumer consumer) {
			String file = this.file;
			try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8);
					CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
				List<String> header = parser.getHeaderNames().stream().map((name) -> name.replace("\uFEFF", "").strip()).toList();
				List<String> expectedHeader = fullHeader.stream()
					.filter((name) -> !optional.contains(name) || header.contains(name))
					.toList();
				// Columns may come in any order (spreadsheets get rearranged), but all must be there and no others.
				if (!new HashSet<>(header).equals(new HashSet<>(expectedHeader)) || header.size() != expectedHeader.size()) {
					List<String> missing = expectedHeader.stream().filter((name) -> !header.contains(name)).toList();
					List<String> unexpected = header.stream().filter((name) -> !expectedHeader.contains(name)).toList();
					problem(file, 1, null, "header must have the columns " + String.join(",", expectedHeader)
							+ (missing.isEmpty() ? "" : "; missing " + String.join(",", missing))
							+ (unexpected.isEmpty() ? "" : "; unexpected " + String.join(",", unexpected)));
					return;
				}
				var records = parser.iterator();
				while (nextRecord(file, parser, records)) {
					CSVRecord record = records.next();
					long row = record.getRecordNumber() + 1;
					if (record.size() != expectedHeader.size()) {
						problem(file, row, null, "has " + record.size() + " cells, expected " + expectedHeader.size());
						continue;
					}
					if (tooLong(file, row, record, header)) {
						continue;
					}
					consumer.accept(record, row);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				problem(file, 1, null, "is not valid CSV: " + ex.getMessage());
			}
		}

		/**
		 * Whether another record follows; a record the parser cannot read (a quote never closed, text after a
		 * closing quote) ends the file with a problem at the row where it starts.
		 */
		boolean nextRecord(String file, CSVParser parser, Iterator<CSVRecord> records) {
			try {
				return records.hasNext();
			}
			catch (UncheckedIOException ex) {
				long row = parser.getRecordNumber() + 2;
				String message = String.valueOf(ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage());
				problem(file, row, null, message.contains("EOF reached before encapsulated token finished")
						? "opens a quoted cell that is never closed (a \" without its closing \")"
						: "is not valid CSV here: " + message.replaceFirst("^IOException reading next record: ", "")
							.replaceAll("^[a-zA-Z.]+Exception: ", ""));
				return false;
			}
		}

		/** Cells longer than a spreadsheet cell can hold are refused before anything looks at them. */
		boolean tooLong(String file, long row, CSVRecord record, List<String> header) {
			boolean refused = false;
			for (int i = 0; i < record.size(); i++) {
				if (record.get(i).length() > CellText.MAX_CELL) {
					problem(file, row, header.get(i), "is " + record.get(i).length() + " characters long; a cell holds at most "
							+ CellText.MAX_CELL);
					refused = true;
				}
			}
			return refused;
		}

		private void problem(String file, long row, String column, String reason) {
			this.problems.add(new RowProblem(file, row, column, reason));
		}

	}

}
