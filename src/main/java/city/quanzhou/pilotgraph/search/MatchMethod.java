package city.quanzhou.pilotgraph.search;

/** How a search hit matched the query; a hit may match in several ways at once. */
public enum MatchMethod {

	/** Close in meaning: among the nearest neighbours of the query's embedding. */
	MEANING,

	/** Shares words (Chinese character pairs, Latin words) with the query in its name, aliases or description. */
	WORDS,

	/** Its name is the query. */
	EXACT_NAME,

	/** One of its aliases is the query, or holds the whole query. */
	ALIAS,

	/** A base covering a chain link that the query's subject names, the query asking a base's service of it. */
	SUBJECT_LINK

}
