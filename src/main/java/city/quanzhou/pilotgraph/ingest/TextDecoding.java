package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the encoding of a CSV file as Excel writes them: "CSV UTF-8" (UTF-8 with a byte-order mark), plain
 * UTF-8, or, on Chinese Windows, the ANSI code page GBK (read as GB18030, its superset). Anything else is
 * refused with the first row that would be garbled, never written as mojibake.
 * <p>
 * Bytes that are valid UTF-8 are UTF-8 (other text is almost never valid UTF-8 by chance). Otherwise the
 * bytes must decode as GB18030 and read as Chinese: at least {@value #COMMON_SHARE_PERCENT} % of the characters
 * outside ASCII must be GB2312 characters (the 6,763 common simplified characters and its symbols). A
 * Latin-1 file can decode as GB18030 (é followed by a letter is a valid pair) but makes rare characters, and
 * is refused.
 */
final class TextDecoding {

	static final String UTF_8 = "UTF-8";

	static final String UTF_8_BOM = "UTF-8 with BOM";

	static final String GB18030 = "GB18030";

	static final int COMMON_SHARE_PERCENT = 90;

	private static final Charset GB18030_CHARSET = Charset.forName("GB18030");

	private static final Charset GB2312_CHARSET = Charset.forName("GB2312");

	/** Text read, and the encoding it was read in. */
	record Decoded(String text, String encoding) {
	}

	/** A file that is no text the import can read; {@code row} counts the header as 1. */
	static final class UndecodableException extends Exception {

		private final long row;

		UndecodableException(long row, String message) {
			super(message, null, false, false);
			this.row = row;
		}

		long row() {
			return this.row;
		}

	}

	private TextDecoding() {
	}

	static Decoded decode(byte[] bytes) throws UndecodableException {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			try {
				return new Decoded(strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3)), UTF_8_BOM);
			}
			catch (CharacterCodingException ex) {
				throw new UndecodableException(firstGarbledRow(bytes), "starts with a UTF-8 byte-order mark but is not UTF-8 text");
			}
		}
		if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
				|| (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
			throw new UndecodableException(1, "is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\"");
		}
		try {
			return new Decoded(strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes)), UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			String text;
			try {
				text = strict(GB18030_CHARSET, ByteBuffer.wrap(bytes));
			}
			catch (CharacterCodingException notGb) {
				throw new UndecodableException(firstGarbledRow(bytes), "is neither UTF-8 nor GB18030/GBK text; save it as \"CSV UTF-8\"");
			}
			if (!readsAsChinese(text)) {
				throw new UndecodableException(firstRareRow(text), "is not UTF-8, and read as GB18030/GBK it gives unlikely "
						+ "characters (perhaps Latin-1 or another code page); save it as \"CSV UTF-8\"");
			}
			return new Decoded(text, GB18030);
		}
	}

	private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(bytes)
			.toString();
	}

	private static boolean readsAsChinese(String text) {
		CharsetEncoder gb2312 = GB2312_CHARSET.newEncoder();
		long outside = 0;
		long common = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				outside++;
				if (gb2312.canEncode(c)) {
					common++;
				}
			}
		}
		return outside == 0 || common * 100 >= outside * COMMON_SHARE_PERCENT;
	}

	/** The first CSV row holding a byte sequence UTF-8 cannot read (each shows as U+FFFD when read leniently). */
	private static long firstGarbledRow(byte[] bytes) {
		String lenient = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
		return firstRowWith(lenient, (c) -> c == '\uFFFD');
	}

	private static long firstRareRow(String text) {
		CharsetEncoder gb2312 = GB2312_CHARSET.newEncoder();
		return firstRowWith(text, (c) -> c >= 0x80 && !gb2312.canEncode(c));
	}

	private static long firstRowWith(String text, CharTest test) {
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get()) {
			for (CSVRecord record : parser) {
				for (String cell : record) {
					if (cell.chars().anyMatch((c) -> test.matches((char) c))) {
						return record.getRecordNumber();
					}
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// The text is not even CSV: fall back to the line.
		}
		long line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (test.matches(text.charAt(i))) {
				return line;
			}
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return 1;
	}

	private interface CharTest {

		boolean matches(char c);

	}

}
