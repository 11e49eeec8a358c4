package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook as CSV text, streaming the sheet XML row by row (the event
 * API), so a large workbook is never built in memory as a tree of cells. The result goes through the
 * same reader and validation as a CSV file (rows are numbered as they come, empty rows not counted).
 */
final class Spreadsheets {

	private Spreadsheets() {
	}

	static InputStream firstSheetAsCsv(InputStream xlsx) {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		try (OPCPackage workbook = OPCPackage.open(xlsx);
				Writer writer = new OutputStreamWriter(csv, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				return new ByteArrayInputStream(new byte[0]);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new RowsToCsv(printer), false));
				parser.parse(new InputSource(sheet));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new IllegalArgumentException("not a readable XLSX workbook: " + ex.getMessage(), ex);
		}
		return new ByteArrayInputStream(csv.toByteArray());
	}

	/** Collects the cells of each row in column order, filling gaps with empty cells. */
	private static final class RowsToCsv implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final CSVPrinter printer;

		private final List<String> cells = new ArrayList<>();

		/** The header's width: later rows whose last cells are empty are padded to it. */
		private int width = -1;

		RowsToCsv(CSVPrinter printer) {
			this.printer = printer;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (this.width < 0) {
				this.width = this.cells.size();
			}
			while (this.cells.size() < this.width) {
				this.cells.add("");
			}
			try {
				this.printer.printRecord(this.cells);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((value != null) ? value : "");
		}

	}

}
