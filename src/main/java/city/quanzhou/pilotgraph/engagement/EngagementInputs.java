package city.quanzhou.pilotgraph.engagement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import city.quanzhou.pilotgraph.editing.FieldError;

/**
 * The checks of an engagement's free fields: texts without control characters and within their length,
 * dates not in the future where they record what happened. Each problem becomes a {@link FieldError} naming
 * the field; the caller writes nothing when there is one.
 */
final class EngagementInputs {

	/** Notes and next steps are dated in the bureau's time zone. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int MAX_NOTE = 2000;

	static final int MAX_NEXT_STEP = 500;

	private EngagementInputs() {
	}

	/** A text field, stripped; null when absent or blank. */
	static String text(Map<String, Object> input, String field, int max, List<FieldError> errors) {
		Object value = input.get(field);
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.codePointCount(0, text.length()) > max) {
			errors.add(new FieldError(field, "at most " + max + " characters, got " + text.codePointCount(0, text.length())));
		}
		else if (text.codePoints().anyMatch((c) -> Character.isISOControl(c) && c != '\n')) {
			errors.add(new FieldError(field, "must not hold control characters (line breaks are allowed)"));
		}
		return text;
	}

	/** The date of a note: today when absent, never in the future. */
	static LocalDate noteDate(Map<String, Object> input, List<FieldError> errors) {
		LocalDate today = LocalDate.now(ZONE);
		LocalDate on = date(input, "noteDate", errors);
		if (on == null) {
			return today;
		}
		if (on.isAfter(today)) {
			errors.add(new FieldError("noteDate", "cannot be in the future (" + on + " is after " + today + ")"));
		}
		return on;
	}

	static LocalDate date(Map<String, Object> input, String field, List<FieldError> errors) {
		Object value = input.get(field);
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		try {
			return LocalDate.parse(value.toString());
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.add(new FieldError(field, "must be a date like 2026-03-01, got '" + value + "'"));
			return null;
		}
	}

	static EngagementStatus status(Map<String, Object> input, List<FieldError> errors) {
		Object value = input.get("status");
		if (value == null) {
			return null;
		}
		if (value instanceof EngagementStatus status) {
			return status;
		}
		try {
			return EngagementStatus.valueOf(value.toString());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("status", "unknown status '" + value + "'; choose among "
					+ List.of(EngagementStatus.values())));
			return null;
		}
	}

	static String id(Map<String, Object> input, String field, boolean required, List<FieldError> errors) {
		Object value = input.get(field);
		if (value == null || value.toString().isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "is required"));
			}
			return null;
		}
		return value.toString().strip();
	}

}
