package city.quanzhou.pilotgraph.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How a CSV cell becomes a property value. Parsing failures carry a reason fit for a row report.
 */
public enum ColumnType {

	TEXT, LIST, INTEGER, DECIMAL, BOOLEAN, DATE;

	public Object parse(String cell) {
		return switch (this) {
			case TEXT -> cell;
			case LIST -> Arrays.stream(cell.split("\\|")).map(String::strip).filter((value) -> !value.isEmpty()).distinct().toList();
			case INTEGER -> {
				try {
					yield Long.parseLong(cell);
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("'" + cell + "' is not a whole number");
				}
			}
			case DECIMAL -> {
				try {
					yield new BigDecimal(cell).doubleValue();
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("'" + cell + "' is not a number");
				}
			}
			case BOOLEAN -> switch (cell) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new IllegalArgumentException("'" + cell + "' is not true or false");
			};
			case DATE -> {
				try {
					yield LocalDate.parse(cell);
				}
				catch (java.time.format.DateTimeParseException ex) {
					throw new IllegalArgumentException("'" + cell + "' is not a date in yyyy-MM-dd form");
				}
			}
		};
	}

}
