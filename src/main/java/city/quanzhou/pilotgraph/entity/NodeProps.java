package city.quanzhou.pilotgraph.entity;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Reads optional node properties without a null check at every call site.
 */
public final class NodeProps {

	private NodeProps() {
	}

	public static String text(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

	public static List<String> texts(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	public static Integer integer(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asInt();
	}

	public static Double decimal(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asDouble();
	}

	public static boolean flag(MapAccessor node, String key) {
		return node.get(key).asBoolean(false);
	}

	public static LocalDate date(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asLocalDate();
	}

	public static ZonedDateTime instant(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asZonedDateTime();
	}

}
