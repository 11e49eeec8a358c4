package city.quanzhou.pilotgraph.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * A validated {@code first}/{@code after} pair. Cursors are opaque to clients; inside they hold the
 * position in the ordered list, which keeps every list sortable by any field.
 */
public record Page(int offset, int limit) {

	/** The most a single page may hold; asking for more is an error, never a silent truncation. */
	public static final int MAX_FIRST = 100;

	private static final String PREFIX = "pos:";

	/** A page as {@link Arguments#first} allows it, after the cursor when one is given. */
	public static Page of(Integer first, String after) {
		int limit = Arguments.first("first", first);
		int offset = (after != null) ? positionOf(after) + 1 : 0;
		return new Page(offset, limit);
	}

	static String cursor(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int positionOf(String cursor) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				int position = Integer.parseInt(decoded.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below: malformed Base64 or number
		}
		throw new InvalidArgumentException("after", "is not a cursor returned by this list");
	}

}
