package city.quanzhou.pilotgraph.editing;

/**
 * An expected failure of a mutation: which input field, and why. A payload with errors wrote nothing.
 */
public record FieldError(String field, String message) {
}
