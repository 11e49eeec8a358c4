package city.quanzhou.pilotgraph.digest;

import java.util.List;

import city.quanzhou.pilotgraph.editing.FieldError;

/** The item with its answer recorded, or why not. */
public record FeedbackPayload(DigestItem item, List<FieldError> errors) {
}
