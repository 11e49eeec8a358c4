package city.quanzhou.pilotgraph.entity;

import java.util.List;

import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Where a tie's fact comes from: the sources an entity can have, and two that say only how the tie got into
 * the graph (an editor made it, an import brought it without saying). A tie written before ties carried a
 * source reads as {@link #IMPORT}, the mark that claims nothing.
 */
public enum TieSource {

	SOURCE_DOCUMENT, PUBLIC, SYNTHETIC, EDITOR, IMPORT;

	/** The sources that are published facts: what "public data only" keeps. */
	public static final List<TieSource> PUBLISHED = List.of(SOURCE_DOCUMENT, PUBLIC);

	/** A tie's source as stored, or {@link #IMPORT} for a tie that has none. */
	public static String of(Object stored) {
		return (stored != null) ? stored.toString() : IMPORT.name();
	}

	/**
	 * The names a {@code sources} argument allows, for a statement's {@code $sources}: null (every tie) when
	 * the argument is absent; an empty list is refused, as it would hide every tie without saying so.
	 */
	public static List<String> filter(String argument, List<TieSource> sources) {
		if (sources == null) {
			return null;
		}
		if (sources.isEmpty()) {
			throw new InvalidArgumentException(argument, "must name at least one source; leave it out to count every tie");
		}
		return sources.stream().map(TieSource::name).distinct().toList();
	}

}
