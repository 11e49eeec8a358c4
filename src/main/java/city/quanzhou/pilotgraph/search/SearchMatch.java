package city.quanzhou.pilotgraph.search;

import java.util.List;

/**
 * How a search hit matched.
 *
 * @param methods the ways it matched, in the order of {@link MatchMethod}
 * @param field the field whose text matched the query's words ({@code name}, {@code aliases} or
 * {@code description}); null when only the meaning matched
 * @param snippet that field's text around the match, the matching words between 【 and 】; null with the field
 * @param similarity the cosine similarity (-1 to 1) of the query's and the entity's embeddings when the
 * hit was found by meaning, else null
 */
public record SearchMatch(List<MatchMethod> methods, String field, String snippet, Double similarity) {
}
