package city.quanzhou.pilotgraph.alert;

import java.util.List;

import city.quanzhou.pilotgraph.editing.FieldError;

/** A saved search written or removed, or the errors (field and reason) that kept anything from being written. */
public record SavedSearchPayload(SavedSearch savedSearch, List<FieldError> errors) {
}
