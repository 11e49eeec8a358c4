package city.quanzhou.pilotgraph.digest;

import java.util.List;

import city.quanzhou.pilotgraph.editing.FieldError;

/** A subscription written, or the errors (field and reason) that kept anything from being written. */
public record DigestPayload(DigestSubscription subscription, List<FieldError> errors) {

	static DigestPayload failed(List<FieldError> errors) {
		return new DigestPayload(null, List.copyOf(errors));
	}

}
