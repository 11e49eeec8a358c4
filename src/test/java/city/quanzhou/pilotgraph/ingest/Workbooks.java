package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for the tests: well-formed ones written with POI, and damaged or hostile ones made by editing
 * the parts of a well-formed one, as an attacker would.
 */
final class Workbooks {

	static final String SHEET = "xl/worksheets/sheet1.xml";

	private Workbooks() {
	}

	/** A workbook whose first sheet holds the rows, every cell a string. */
	static byte[] of(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("data");
			for (int r = 0; r < rows.size(); r++) {
				var cells = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						cells.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The string value of every cell of the first sheet, row by row, as POI (like Excel) reads them. */
	static List<List<String>> cells(byte[] xlsx) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			List<List<String>> rows = new java.util.ArrayList<>();
			for (var row : sheet) {
				List<String> cells = new java.util.ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add((cell != null) ? cell.getStringCellValue() : "");
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The parts of a workbook by name. */
	static Map<String, byte[]> parts(byte[] xlsx) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	static byte[] zip(Map<String, byte[]> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A copy of the workbook with its sheet XML changed. */
	static byte[] withSheet(byte[] xlsx, UnaryOperator<String> change) {
		Map<String, byte[]> parts = parts(xlsx);
		parts.put(SHEET, change.apply(new String(parts.get(SHEET), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		return zip(parts);
	}

	/** A copy of the workbook without one of its parts. */
	static byte[] without(byte[] xlsx, String part) {
		Map<String, byte[]> parts = parts(xlsx);
		parts.remove(part);
		return zip(parts);
	}

	/** A sheet whose XML declares a DOCTYPE: {@code entities} are the declarations, {@code use} replaces the first cell's text. */
	static byte[] withDoctype(byte[] xlsx, String entities, String use) {
		return withSheet(xlsx, (xml) -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [" + entities + "]>")
			.replaceFirst("<v>0</v>", "<v>0</v>" + use.replace("$", "\\$")));
	}

	/** A workbook whose sheet part is {@code megabytes} of one repeated byte: tiny compressed, huge inflated. */
	static byte[] zipBomb(byte[] xlsx, int megabytes) {
		Map<String, byte[]> parts = parts(xlsx);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				if (part.getKey().equals(SHEET)) {
					byte[] block = new byte[1024 * 1024];
					java.util.Arrays.fill(block, (byte) ' ');
					zip.write(part.getValue(), 0, part.getValue().length - "</worksheet>".length());
					for (int i = 0; i < megabytes; i++) {
						zip.write(block);
					}
					zip.write("</worksheet>".getBytes(StandardCharsets.US_ASCII));
				}
				else {
					zip.write(part.getValue());
				}
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
