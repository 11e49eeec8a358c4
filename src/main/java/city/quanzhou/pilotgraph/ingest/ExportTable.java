package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One exported file before it is written: the header, which columns hold numbers, and the rows; written as
 * CSV (text cells neutralised against formulas, see {@link CellText}) or as XLSX (string cells, OOXML-escaped).
 */
record ExportTable(List<String> header, List<Boolean> numeric, List<List<String>> rows) {

	static ExportTable withHeader(List<String> header, List<Boolean> numeric) {
		return new ExportTable(List.copyOf(header), List.copyOf(numeric), new ArrayList<>());
	}

	void writeCsv(OutputStream out) {
		try {
			OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(this.header);
			List<String> cells = new ArrayList<>(this.header.size());
			for (List<String> row : this.rows) {
				cells.clear();
				for (int c = 0; c < row.size(); c++) {
					cells.add(this.numeric.get(c) ? row.get(c) : CellText.neutralised(row.get(c)));
				}
				printer.printRecord(cells);
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void writeXlsx(String sheetName, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet(sheetName);
			writeRow(sheet.createRow(0), this.header);
			for (int r = 0; r < this.rows.size(); r++) {
				writeRow(sheet.createRow(r + 1), this.rows.get(r));
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeRow(org.apache.poi.ss.usermodel.Row cells, List<String> row) {
		for (int c = 0; c < row.size(); c++) {
			if (!row.get(c).isEmpty()) {
				cells.createCell(c).setCellValue(CellText.ooxml(row.get(c)));
			}
		}
	}

}
