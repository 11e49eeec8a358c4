package city.quanzhou.pilotgraph.entity;

import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * The rules every query applies to its bounds and ids, in one place so that they read the same everywhere.
 * Defaults live in the schema only: an argument left out arrives with its schema default, so a null here was
 * sent as an explicit {@code null} and is refused.
 * <ul>
 * <li>{@code first}: 0 to {@link Page#MAX_FIRST}. {@code first: 0} is allowed, as Relay connections allow it: the
 * answer is an empty list (a connection still answers {@code totalCount}).</li>
 * <li>{@code after}: a cursor that the same list returned ({@link Page#of} reads it with {@code first}).</li>
 * <li>hops: 1 to the cap of the query.</li>
 * <li>an id that must name an entity of a kind: unknown ids and ids of another kind are refused, each with its
 * own message ({@link EntityService#require} looks the id up, {@link #ofKind} judges what it found).</li>
 * </ul>
 */
public final class Arguments {

	private Arguments() {
	}

	/** How many items a list may return. */
	public static int first(String argument, Integer requested) {
		int first = given(argument, requested);
		if (first < 0) {
			throw new InvalidArgumentException(argument, "must not be negative (was " + first + ")");
		}
		if (first > Page.MAX_FIRST) {
			throw new InvalidArgumentException(argument, "must be at most " + Page.MAX_FIRST + " (was " + first + ")");
		}
		return first;
	}

	/** How far a walk may go, at least one hop and at most {@code cap}. */
	public static int hops(String argument, Integer requested, int cap) {
		int hops = given(argument, requested);
		if (hops < 1) {
			throw new InvalidArgumentException(argument, "must be at least 1 (was " + hops + ")");
		}
		if (hops > cap) {
			throw new InvalidArgumentException(argument, "must be at most " + cap + " (was " + hops + ")");
		}
		return hops;
	}

	/** The entity found under an id argument: refused when nothing was found ({@code found} is null). */
	public static GraphEntity existing(String argument, String id, GraphEntity found) {
		if (found == null) {
			throw new InvalidArgumentException(argument, "no entity has id '" + id + "'");
		}
		return found;
	}

	/**
	 * The entity found under an id that must name one of {@code kind}: refused when nothing was found
	 * ({@code found} is null) or when it is of another kind.
	 */
	public static GraphEntity ofKind(String argument, String id, GraphEntity found, EntityKind kind) {
		if (existing(argument, id, found).kind() != kind) {
			throw new InvalidArgumentException(argument, id + " is " + article(found.kind()) + ", not " + article(kind));
		}
		return found;
	}

	private static int given(String argument, Integer requested) {
		if (requested == null) {
			throw new InvalidArgumentException(argument, "must not be null (leave it out to get its default)");
		}
		return requested;
	}

	private static String article(EntityKind kind) {
		return ("AEIOU".indexOf(kind.name().charAt(0)) >= 0 ? "an " : "a ") + kind.name();
	}

}
