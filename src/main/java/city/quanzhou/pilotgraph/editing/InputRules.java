package city.quanzhou.pilotgraph.editing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import city.quanzhou.pilotgraph.editing.EditableKind.TieList;
import city.quanzhou.pilotgraph.ingest.ColumnType;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;

/**
 * Checks an upsert's input on its own, before the graph is asked anything: required fields, text lengths,
 * allowed values and number ranges. GraphQL has already checked the types.
 */
final class InputRules {

	private static final Map<String, Integer> MAX_LENGTH = Map.of("name", EntityEditor.MAX_NAME, "description",
			EntityEditor.MAX_TEXT);

	private InputRules() {
	}

	/** The kind's properties as they will be stored; absent optional ones are null, which removes them. */
	static Map<String, Object> properties(EditableKind editable, Map<String, Object> input, List<FieldError> errors) {
		Map<String, Object> properties = new HashMap<>();
		for (Column column : editable.format().columns()) {
			Object value = input.get(column.name());
			if (value instanceof String text) {
				value = text.strip();
				if (((String) value).isEmpty()) {
					value = null;
				}
			}
			if (value == null) {
				if (column.required() && !column.name().equals("source")) {
					errors.add(new FieldError(column.name(), "is required and must not be empty"));
				}
				properties.put(column.name(), null);
				continue;
			}
			String problem = problemWith(column, value);
			if (problem != null) {
				errors.add(new FieldError(column.name(), problem));
			}
			properties.put(column.name(), (value instanceof LocalDate || !(value instanceof List<?> list)) ? value
					: List.copyOf(new LinkedHashSet<>(list.stream().map((item) -> ((String) item).strip()).toList())));
		}
		return properties;
	}

	/** Single references (district, park, chain, agency, poster) present in the input. */
	static Map<String, Object> references(EditableKind editable, Map<String, Object> input, List<FieldError> errors) {
		Map<String, Object> references = new HashMap<>();
		for (Reference reference : editable.format().references()) {
			if (!input.containsKey(reference.column())) {
				continue;
			}
			Object value = input.get(reference.column());
			if (value instanceof String text && !text.isBlank()) {
				references.put(reference.column(), text.strip());
			}
			else if (reference.column().equals("chainId")) {
				errors.add(new FieldError("chainId", "is required: every link belongs to a chain"));
			}
			else {
				references.put(reference.column(), null);
			}
		}
		references.values().removeIf(java.util.Objects::isNull);
		return references;
	}

	/** The id lists the input replaces as a whole; a list left out of an update stays as it is. */
	static Map<String, List<String>> tieLists(EditableKind editable, Map<String, Object> input, List<FieldError> errors) {
		Map<String, List<String>> lists = new HashMap<>();
		for (TieList tieList : editable.tieLists()) {
			if (input.get(tieList.field()) instanceof List<?> ids) {
				if (ids.size() > 200) {
					errors.add(new FieldError(tieList.field(), "lists " + ids.size() + " ids; at most 200 are accepted"));
				}
				lists.put(tieList.field(), List.copyOf(new LinkedHashSet<>(ids.stream().map((id) -> ((String) id).strip()).toList())));
			}
		}
		return lists;
	}

	/**
	 * Control characters are never meant in names and lists (and break the text the search model embeds);
	 * a description may hold line breaks and tabs.
	 */
	private static String controlCharacterIn(String text, boolean lineBreaksAllowed) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
				return String.format("contains the control character U+%04X; only printable text is allowed", (int) c);
			}
		}
		return null;
	}

	private static String problemWith(Column column, Object value) {
		if (value instanceof String text) {
			int max = MAX_LENGTH.getOrDefault(column.name(), 500);
			if (text.length() > max) {
				return "is " + text.length() + " characters long; at most " + max + " are allowed";
			}
			String control = controlCharacterIn(text, column.name().equals("description"));
			if (control != null) {
				return control;
			}
			if (!column.allowed().isEmpty() && !column.allowed().contains(text)) {
				return "'" + text + "' is not one of " + new java.util.TreeSet<>(column.allowed());
			}
		}
		if (value instanceof List<?> list) {
			if (column.name().equals("aliases") && list.size() > EntityEditor.MAX_ALIASES) {
				return "has " + list.size() + " entries; at most " + EntityEditor.MAX_ALIASES + " are allowed";
			}
			for (Object item : list) {
				String text = String.valueOf(item).strip();
				if (text.isEmpty() || text.length() > 100) {
					return "entries must be 1 to 100 characters long";
				}
				String control = controlCharacterIn(text, false);
				if (control != null) {
					return control;
				}
				if (!column.allowed().isEmpty() && !column.allowed().contains(text)) {
					return "'" + text + "' is not one of " + new java.util.TreeSet<>(column.allowed());
				}
			}
		}
		if (value instanceof Number number && column.type() == ColumnType.INTEGER && column.name().toLowerCase().contains("year")
				&& (number.intValue() < 1900 || number.intValue() > 2100)) {
			return number + " is not a plausible year (1900 to 2100)";
		}
		if (value instanceof Number number && number.doubleValue() < 0) {
			return "must not be negative";
		}
		return null;
	}


}
