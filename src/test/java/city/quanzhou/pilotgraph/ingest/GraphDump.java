package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The whole graph as sorted lines of text: every node with its element id, labels and every property, every
 * relationship with its ends, type and properties. Equal dumps mean the very same graph (the same nodes, not
 * just equal ones), so a dump taken in one process can be compared with one taken after a restart. The change
 * log is left out: it is the service's news of writes, and a failed import announces its undo there so that
 * readers who saw its first chunks read again.
 */
final class GraphDump {

	private GraphDump() {
	}

	static List<String> of(Driver driver) {
		List<String> lines = new ArrayList<>();
		try (Session session = driver.session()) {
			session.executeRead((tx) -> tx.run("""
					MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog
					RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
					""").list()).forEach((row) -> lines.add("node " + row.get("id").asString() + " "
							+ row.get("labels").asList(Value::asString).stream().sorted().toList() + " " + properties(row)));
			session.executeRead((tx) -> tx.run("""
					MATCH (a)-[r]->(b)
					RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS properties
					""").list()).forEach((row) -> lines.add("tie " + row.get("from").asString() + " -" + row.get("type").asString()
							+ " " + properties(row) + "-> " + row.get("to").asString()));
		}
		// one line per node or tie, whatever its text holds
		return lines.stream().map((line) -> line.replace("\n", "\\n")).sorted().toList();
	}

	static void write(Driver driver, Path file) {
		try {
			Files.write(file, of(driver), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> read(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String properties(Record row) {
		Map<String, String> sorted = new TreeMap<>();
		row.get("properties").asMap(Value::toString).forEach(sorted::put);
		return sorted.toString();
	}

}
