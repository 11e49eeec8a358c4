package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook as CSV text, streaming the sheet XML row by row (the event
 * API), so a large workbook is never built in memory as a tree of cells. The result goes through the
 * same reader and validation as a CSV file (rows are numbered as they come, empty rows not counted); cells
 * are written with {@link CellText#neutralised} so that the reader's unescaping gives them back exactly.
 * <p>
 * A workbook is untrusted input: POI's XML parsers refuse DOCTYPEs (so no external entities and no entity
 * expansion), its zip reader refuses entries that inflate beyond a ratio (zip bombs), and a sheet's text is
 * capped here. Every way a workbook can be unreadable ends as an {@link UnreadableWorkbookException} with a
 * reason fit for the import report.
 */
final class Spreadsheets {

	/** The most text one sheet may turn into; a 100,000-row sheet of the format needs about 20 MB. */
	static final int MAX_SHEET_CHARS = 128 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(Spreadsheets.class);

	/** A workbook that cannot be read; {@code row} is the spreadsheet row, 0 for the whole file. */
	static final class UnreadableWorkbookException extends Exception {

		private final long row;

		private final String column;

		UnreadableWorkbookException(long row, String column, String reason) {
			super(reason, null, false, false);
			this.row = row;
			this.column = column;
		}

		long row() {
			return this.row;
		}

		String column() {
			return this.column;
		}

	}

	private Spreadsheets() {
	}

	static String firstSheetAsCsv(byte[] xlsx) throws UnreadableWorkbookException {
		if (xlsx.length == 0) {
			throw new UnreadableWorkbookException(0, null, "is empty (0 bytes)");
		}
		StringBuilder csv = new StringBuilder();
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx));
				CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableWorkbookException(0, null, "has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new RowsToCsv(printer, csv), false));
				parser.parse(new InputSource(sheet));
			}
			printer.flush();
		}
		catch (TooLongException ex) {
			throw new UnreadableWorkbookException(ex.row, ex.column, ex.getMessage());
		}
		catch (UnreadableWorkbookException ex) {
			throw ex;
		}
		catch (EmptyFileException ex) {
			throw new UnreadableWorkbookException(0, null, "is empty (0 bytes)");
		}
		catch (UnsupportedFileFormatException ex) {
			throw new UnreadableWorkbookException(0, null, "is not an XLSX workbook (an .xlsx file is a zip archive of "
					+ "OOXML parts); save it from Excel as \"Excel Workbook (*.xlsx)\" or as \"CSV UTF-8\"");
		}
		catch (SAXException ex) {
			throw new UnreadableWorkbookException(0, null, reason(ex));
		}
		catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException
				| org.apache.poi.openxml4j.exceptions.OpenXML4JException ex) {
			throw new UnreadableWorkbookException(0, null, reason(ex));
		}
		return csv.toString();
	}

	/** A reason for the report, from what POI says: never a class name or stack trace. */
	private static String reason(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			message += " / " + cause.getMessage();
		}
		String lower = message.toLowerCase(Locale.ROOT);
		log.debug("Unreadable workbook: {}", message);
		if (lower.contains("zip bomb")) {
			return "is refused: a part of it inflates far beyond its compressed size (a zip bomb?)";
		}
		if (lower.contains("doctype")) {
			return "is refused: its XML declares a DOCTYPE (entities are not accepted in workbooks)";
		}
		if (lower.contains("no part") || lower.contains("part") && (lower.contains("missing") || lower.contains("not found")
				|| lower.contains("no such"))) {
			return "is not a complete XLSX workbook: a part it refers to is missing";
		}
		if (ex instanceof SAXException) {
			return "is not a readable XLSX workbook: its sheet is not well-formed XML";
		}
		return "is not a readable XLSX workbook (a part is missing or damaged); save it again from Excel";
	}

	/** A cell longer than a spreadsheet cell may be, or a sheet with more text than we take. */
	private static final class TooLongException extends RuntimeException {

		private final long row;

		private final String column;

		TooLongException(long row, String column, String message) {
			super(message, null, false, false);
			this.row = row;
			this.column = column;
		}

	}

	/** Collects the cells of each row in column order, filling gaps with empty cells. */
	private static final class RowsToCsv implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final CSVPrinter printer;

		private final StringBuilder output;

		private final List<String> cells = new ArrayList<>();

		private List<String> header;

		/** The header's width: later rows whose last cells are empty are padded to it. */
		private int width = -1;

		private long rows;

		RowsToCsv(CSVPrinter printer, StringBuilder output) {
			this.printer = printer;
			this.output = output;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			this.rows++;
			if (this.width < 0) {
				this.width = this.cells.size();
				this.header = List.copyOf(this.cells);
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
			if (this.output.length() > MAX_SHEET_CHARS) {
				throw new TooLongException(this.rows, null, "has more than " + MAX_SHEET_CHARS / (1024 * 1024)
						+ " MB of text on its first sheet; split it into several imports");
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			String text = (value != null) ? value : "";
			if (text.length() > CellText.MAX_CELL) {
				String name = (this.header != null && column < this.header.size()) ? this.header.get(column)
						: CellReference.convertNumToColString(column);
				throw new TooLongException(this.rows + 1, name, "is " + text.length() + " characters long; a cell holds at most "
						+ CellText.MAX_CELL);
			}
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add(CellText.neutralised(text));
		}

	}

}
