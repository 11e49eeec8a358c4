package city.quanzhou.pilotgraph.editing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import city.quanzhou.pilotgraph.editing.EditableKind.TieList;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;

/**
 * Checks an upsert's input on its own, before the graph is asked anything: required fields here, and every
 * value by its column's rules ({@link Column#problemWith}, the same rules the import applies). GraphQL has
 * already checked the types.
 */
final class InputRules {

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
			String problem = column.problemWith((value instanceof List<?> list)
					? list.stream().map((item) -> ((String) item).strip()).toList() : value);
			if (problem != null) {
				errors.add(new FieldError(column.name(), problem));
			}
			properties.put(column.name(), (value instanceof LocalDate || !(value instanceof List<?> list)) ? value
					: List.copyOf(new LinkedHashSet<>(list.stream().map((item) -> ((String) item).strip()).toList())));
		}
		return properties;
	}

	/**
	 * Single references (district, park, chain, agency, poster) present in the input: a value replaces the
	 * current tie, an explicit null or blank removes it (as the import's clearing marker does), an absent
	 * field leaves it.
	 */
	static Map<String, Object> references(EditableKind editable, Map<String, Object> input, List<FieldError> errors) {
		Map<String, Object> references = new HashMap<>();
		boolean creating = input.get("id") == null;
		for (Reference reference : editable.format().references()) {
			boolean required = editable.requiredReferences().contains(reference.column());
			if (!input.containsKey(reference.column())) {
				if (creating && required && !reference.column().equals("chainId")) {
					errors.add(new FieldError(reference.column(), "is required: a " + editable.kind().label()
							+ " belongs to the entity it names"));
				}
				continue;
			}
			Object value = input.get(reference.column());
			if (value instanceof String text && !text.isBlank()) {
				references.put(reference.column(), text.strip());
			}
			else if (reference.column().equals("chainId")) {
				errors.add(new FieldError("chainId", "is required: every link belongs to a chain"));
			}
			else if (required) {
				errors.add(new FieldError(reference.column(), "is required: a " + editable.kind().label()
						+ " belongs to the entity it names"));
			}
			else {
				references.put(reference.column(), null);
			}
		}
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

}
