package city.quanzhou.pilotgraph.search;

/** How candidates are found: by meaning, by words, or both fused (what the API uses). */
public enum SearchMethod {
	HYBRID, VECTOR, FULLTEXT
}
