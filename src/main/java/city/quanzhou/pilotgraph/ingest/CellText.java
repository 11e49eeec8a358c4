package city.quanzhou.pilotgraph.ingest;

import java.util.regex.Pattern;

/**
 * How a value is written into a cell and read back, so that an export imported again is the identity.
 * <p>
 * CSV: a spreadsheet runs a cell that begins with {@code = + - @}, a tab or a carriage return as a formula
 * (OWASP's "CSV injection"). Such text cells are written with a leading apostrophe, which spreadsheets show as
 * text; so that the apostrophe can be taken off again without guessing, a value that itself begins with an
 * apostrophe gets one too, and so does a value that is literally the clearing marker {@link #CLEAR}. Reading
 * takes exactly one leading apostrophe off every cell. Numbers are never
 * prefixed: {@code -5} in a numeric column is a number, not a formula.
 * <p>
 * XLSX: a string cell is never a formula, but XML 1.0 cannot carry most control characters; OOXML writes them
 * as {@code _xHHHH_} (and a literal {@code _xHHHH_} as {@code _x005F_xHHHH_}), which Excel and POI's reader
 * decode.
 */
final class CellText {

	static final char ESCAPE = '\'';

	/**
	 * An import cell holding exactly this removes the property (or the single reference) instead of leaving it
	 * as it is, which is what an empty cell does. A value that is literally this text is exported escaped.
	 */
	static final String CLEAR = "<clear>";

	/** Excel's limit for one cell; longer text cannot be exported to XLSX and is refused on import. */
	static final int MAX_CELL = 32_767;

	private static final String FORMULA_STARTS = "=+-@\t\r" + ESCAPE;

	private static final Pattern OOXML_ESCAPE_LOOKALIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

	private CellText() {
	}

	/** A text cell for CSV: neutralised when a spreadsheet would take it for a formula, or when it begins with the escape. */
	static String neutralised(String value) {
		return (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) || value.equals(CLEAR) ? ESCAPE + value : value;
	}

	/** A cell as read: one leading apostrophe, the escape, comes off. */
	static String unescaped(String cell) {
		return (!cell.isEmpty() && cell.charAt(0) == ESCAPE) ? cell.substring(1) : cell;
	}

	/** A value as OOXML string text: characters XML cannot hold, and text that looks like their escape, escaped. */
	static String ooxml(String value) {
		String text = OOXML_ESCAPE_LOOKALIKE.matcher(value).replaceAll("_x005F_$1");
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean unpaired = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
							&& Character.isHighSurrogate(text.charAt(i - 1)));
			// A carriage return survives XML only as a character reference; the OOXML escape is simpler and safe.
			boolean escape = (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF || unpaired;
			if (escape && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escape) {
				out.append(String.format("_x%04X_", (int) c));
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return (out != null) ? out.toString() : text;
	}

}
