package city.quanzhou.pilotgraph.engagement;

import java.util.List;

import city.quanzhou.pilotgraph.editing.FieldError;

/** The engagement as written, or the errors that stopped the write (then nothing was written). */
public record EngagementPayload(Engagement engagement, List<FieldError> errors) {

	static EngagementPayload failed(List<FieldError> errors) {
		return new EngagementPayload(null, List.copyOf(errors));
	}

}
