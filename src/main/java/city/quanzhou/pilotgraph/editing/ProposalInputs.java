package city.quanzhou.pilotgraph.editing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import city.quanzhou.pilotgraph.ingest.ColumnType;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;

/**
 * A mutation's input kept as JSON in its proposal until a reviewer approves it. JSON keeps what the mutation
 * tells apart: a field left out (a reference left as it is) and a field given as null (a reference removed).
 * Dates travel as ISO text and are read back as dates for the kind's date columns.
 */
final class ProposalInputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProposalInputs() {
	}

	static String write(Map<String, Object> input) {
		Map<String, Object> plain = new LinkedHashMap<>();
		input.forEach((key, value) -> plain.put(key, (value instanceof LocalDate date) ? date.toString() : value));
		return JSON.writeValueAsString(plain);
	}

	static Map<String, Object> read(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	/** An upsert's input as the mutation received it: ISO text back to dates in the kind's date columns. */
	static Map<String, Object> read(String json, EditableKind editable) {
		Map<String, Object> input = read(json);
		for (Column column : editable.format().columns()) {
			if (column.type() == ColumnType.DATE && input.get(column.name()) instanceof String text) {
				input.put(column.name(), LocalDate.parse(text));
			}
		}
		return input;
	}

}
